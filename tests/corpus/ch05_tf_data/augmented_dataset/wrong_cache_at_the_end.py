# expect: test_augmented_dataset=0
# why: cache() placed after batch (a "cache everything" reflex): both the order and the noise of the first epoch are frozen
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .shuffle(len(raw_images))
            .map(add_noise, num_parallel_calls=AUTOTUNE)
            .batch(batch_size)
            .cache()
            .prefetch(AUTOTUNE))
