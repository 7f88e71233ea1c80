# expect: test_augmented_dataset=0
# why: cache, shuffle, fresh noise and batch are right, but the pipeline is never prefetched
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .cache()
            .shuffle(len(raw_images))
            .map(add_noise)
            .batch(batch_size))
