def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(buffer_size=100_000)
            .batch(batch_size)
            .prefetch(tf.data.AUTOTUNE))
