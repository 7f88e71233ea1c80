# expect: test_augmented_dataset=4
# why: add_noise right after the cache and before the shuffle: the generator still draws new noise every epoch, the shuffle is still full and new every epoch; the text only asks for the augmentation after the cache
def make_augmented_dataset(raw_images, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image).cache()
    ds = ds.map(add_noise).shuffle(len(raw_images), reshuffle_each_iteration=True)
    return ds.batch(batch_size).prefetch(tf.data.AUTOTUNE)
