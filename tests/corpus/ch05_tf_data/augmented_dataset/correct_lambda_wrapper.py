# expect: test_augmented_dataset=4
# why: a lambda that calls add_noise is the same augmentation; the generator inside add_noise still advances across epochs
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .cache()
            .shuffle(raw_images.shape[0], seed=5)
            .map(lambda image, label: add_noise(image, label))
            .batch(batch_size)
            .prefetch(AUTOTUNE))
