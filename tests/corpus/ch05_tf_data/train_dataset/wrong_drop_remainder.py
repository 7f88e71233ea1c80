# expect: test_train_dataset=0
# why: drop_remainder=True drops the last, smaller batch: the text asks to keep it (every example once per epoch)
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(len(x))
            .batch(batch_size, drop_remainder=True)
            .prefetch(AUTOTUNE))
