# expect: test_augmented_dataset=0
# why: fresh noise and a fresh order every epoch, but the decoded examples are never cached: decode_image runs again in every epoch, which the text forbids
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .shuffle(len(raw_images))
            .map(add_noise, num_parallel_calls=AUTOTUNE)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
