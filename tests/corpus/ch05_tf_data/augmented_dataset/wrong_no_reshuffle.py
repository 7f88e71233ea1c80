# expect: test_augmented_dataset=0
# why: reshuffle_each_iteration=False: the order is the same every epoch; the text asks for a new order every epoch
def make_augmented_dataset(images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((images, labels))
            .cache()
            .shuffle(len(images), seed=3, reshuffle_each_iteration=False)
            .map(add_noise)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
