def make_augmented_dataset(images, labels, batch_size=32):
    dataset = tf.data.Dataset.from_tensor_slices((images, labels))
    dataset = dataset.map(add_noise).cache()
    dataset = dataset.shuffle(len(images))
    return dataset.batch(batch_size).prefetch(AUTOTUNE)
