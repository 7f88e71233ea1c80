# expect: test_augmented_dataset=4
# why: add_noise uses tf.shape(image), so applied after batch() it draws fresh per-pixel noise for the whole batch at once (vectorized augmentation, as the tf.data performance guide recommends); still after the cache, new every epoch
# source: tf.data performance guide "Vectorizing mapping"
def make_augmented_dataset(raw_images, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image).cache().shuffle(len(raw_images))
    return ds.batch(batch_size).map(add_noise, num_parallel_calls=AUTOTUNE).prefetch(AUTOTUNE)
