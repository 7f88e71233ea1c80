# expect: test_augmented_dataset=0
# why: fresh noise and a fresh order every epoch, but the examples are never cached, which the text asks for
def make_augmented_dataset(images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((images, labels))
            .shuffle(len(images))
            .map(add_noise, num_parallel_calls=AUTOTUNE)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
