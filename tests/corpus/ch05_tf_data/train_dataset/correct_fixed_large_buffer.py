# expect: test_train_dataset=3
# why: shuffle(buffer_size=100_000), a fixed buffer larger than the data, is a full shuffle, reshuffled every epoch by default; then batch and prefetch
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_batch_before_map_where_valid (before the corpus)
def make_train_dataset(x, y, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(buffer_size=100_000)
            .batch(batch_size)
            .prefetch(tf.data.AUTOTUNE))
