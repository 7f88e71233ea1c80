# expect: test_train_dataset=0
# why: ignores the batch_size argument (always 32): right on the visible test, wrong for any other batch size
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(len(x))
            .batch(32)
            .prefetch(AUTOTUNE))
