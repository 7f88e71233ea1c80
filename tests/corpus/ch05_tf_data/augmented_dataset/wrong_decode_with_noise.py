# expect: test_augmented_dataset=0
# why: one map after the cache that decodes and adds noise ("fewer maps are faster"): the noise is new every epoch, but decode_image runs for every image in every epoch
def make_augmented_dataset(raw_images, labels, batch_size=32):
    def decode_and_augment(pixels, label):
        return add_noise(*decode_image(pixels, label))
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels)).cache()
    ds = ds.shuffle(len(raw_images)).map(decode_and_augment, num_parallel_calls=AUTOTUNE)
    return ds.batch(batch_size).prefetch(AUTOTUNE)
