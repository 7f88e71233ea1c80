def make_augmented_dataset(raw_images, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
    ds = ds.cache().shuffle(len(raw_images)).batch(batch_size)
    ds = ds.map(add_noise)          # add_noise works on a whole batch as well
    return ds.prefetch(AUTOTUNE)
