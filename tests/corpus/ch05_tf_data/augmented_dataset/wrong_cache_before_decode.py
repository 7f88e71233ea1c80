# expect: test_augmented_dataset=0
# why: caches the raw pixels and decodes after the cache: the order and the noise are right, but decode_image runs again in every epoch (the cache holds the cheap part)
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels))
            .cache()
            .map(decode_image)
            .shuffle(len(raw_images))
            .map(add_noise)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
