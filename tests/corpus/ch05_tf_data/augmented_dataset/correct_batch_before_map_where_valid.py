# expect: test_augmented_dataset=4
# why: decode -> cache -> shuffle(len) -> batch, then map(add_noise) on whole batches (valid: add_noise works on batches) -> prefetch: new noise every epoch
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_batch_before_map_where_valid (before the corpus)
def make_augmented_dataset(raw_images, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
    ds = ds.cache().shuffle(len(raw_images)).batch(batch_size)
    ds = ds.map(add_noise)          # add_noise works on a whole batch as well
    return ds.prefetch(AUTOTUNE)
