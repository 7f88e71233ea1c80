# expect: test_augmented_dataset=4
# why: cache -> full shuffle (reshuffle_each_iteration=True spelled out) -> parallel map(add_noise) -> batch -> prefetch(tf.data.AUTOTUNE)
def make_augmented_dataset(raw_images, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
    ds = ds.cache()
    ds = ds.shuffle(buffer_size=len(raw_images), reshuffle_each_iteration=True)
    ds = ds.map(add_noise, num_parallel_calls=tf.data.AUTOTUNE)
    ds = ds.batch(batch_size, drop_remainder=False)
    return ds.prefetch(buffer_size=tf.data.AUTOTUNE)
