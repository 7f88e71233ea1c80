# expect: test_augmented_dataset=0
# why: shuffle() before cache(): the cache stores the first epoch's order, so every epoch has the same order
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .shuffle(len(raw_images))
            .cache()
            .map(add_noise)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
