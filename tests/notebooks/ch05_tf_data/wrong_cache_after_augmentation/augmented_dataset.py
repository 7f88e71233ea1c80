def make_augmented_dataset(raw_images, labels, batch_size=32):
    dataset = tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
    dataset = dataset.map(add_noise).cache()
    dataset = dataset.shuffle(len(raw_images))
    return dataset.batch(batch_size).prefetch(AUTOTUNE)
