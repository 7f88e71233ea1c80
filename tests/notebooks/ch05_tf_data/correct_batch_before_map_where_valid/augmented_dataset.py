def make_augmented_dataset(images, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((images, labels))
    ds = ds.cache().shuffle(len(images)).batch(batch_size)
    ds = ds.map(add_noise)          # add_noise works on a whole batch as well
    return ds.prefetch(AUTOTUNE)
