def make_train_dataset(x, y, batch_size=32):
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(batch_size)
    return dataset.shuffle(len(x)).prefetch(AUTOTUNE)
