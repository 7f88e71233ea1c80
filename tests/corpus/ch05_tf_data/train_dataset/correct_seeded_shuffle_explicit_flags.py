# expect: test_train_dataset=3
# why: shuffle(len(y), seed=123, reshuffle_each_iteration=True): a seed fixes the sequence of orders, each epoch still new; drop_remainder=False spelled out
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_numpy_windows_and_eager_cache (before the corpus)
def make_train_dataset(x, y, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((x, y))
    ds = ds.shuffle(len(y), seed=123, reshuffle_each_iteration=True)
    ds = ds.batch(batch_size, drop_remainder=False)
    return ds.prefetch(buffer_size=tf.data.AUTOTUNE)
