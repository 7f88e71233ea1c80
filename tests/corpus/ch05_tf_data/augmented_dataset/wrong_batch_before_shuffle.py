# expect: test_augmented_dataset=0
# why: batches are formed before the shuffle, so the same images always share a batch (only whole batches are shuffled)
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .cache()
            .batch(batch_size)
            .shuffle(len(raw_images))
            .map(add_noise)
            .prefetch(AUTOTUNE))
