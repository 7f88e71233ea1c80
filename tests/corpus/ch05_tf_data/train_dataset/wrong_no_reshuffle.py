# expect: test_train_dataset=0
# why: reshuffle_each_iteration=False keeps the same order in every epoch; the text asks for a new order every epoch
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(len(x), seed=0, reshuffle_each_iteration=False)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
