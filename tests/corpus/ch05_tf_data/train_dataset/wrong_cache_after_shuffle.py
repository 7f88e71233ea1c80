# expect: test_train_dataset=0
# why: cache() after shuffle() stores the first epoch's order and replays it: every later epoch has the same order
# source: tf.data performance guide: cache before shuffle
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(len(x))
            .cache()
            .batch(batch_size)
            .prefetch(AUTOTUNE))
