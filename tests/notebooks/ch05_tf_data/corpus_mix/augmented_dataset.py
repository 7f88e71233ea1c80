# expect: test_augmented_dataset=0
# why: cache, shuffle, fresh noise and batch are right, but the pipeline is never prefetched
def make_augmented_dataset(images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((images, labels))
            .cache()
            .shuffle(len(images))
            .map(add_noise)
            .batch(batch_size))
