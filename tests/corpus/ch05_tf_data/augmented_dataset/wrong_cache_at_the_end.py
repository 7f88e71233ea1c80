# expect: test_augmented_dataset=0
# why: cache() placed after batch (a "cache everything" reflex): both the order and the noise of the first epoch are frozen
def make_augmented_dataset(images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((images, labels))
            .shuffle(len(images))
            .map(add_noise, num_parallel_calls=AUTOTUNE)
            .batch(batch_size)
            .cache()
            .prefetch(AUTOTUNE))
