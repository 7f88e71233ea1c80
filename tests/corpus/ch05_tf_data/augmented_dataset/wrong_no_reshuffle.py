# expect: test_augmented_dataset=0
# why: reshuffle_each_iteration=False: the order is the same every epoch; the text asks for a new order every epoch
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .cache()
            .shuffle(len(raw_images), seed=3, reshuffle_each_iteration=False)
            .map(add_noise)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
