# expect: test_train_dataset=3
# why: shuffle over the whole data with reshuffle_each_iteration=True spelled out, batch keeping the remainder explicitly, prefetch(tf.data.AUTOTUNE)
# source: tf.data guide "Batching dataset elements" / "Randomly shuffling input data"
def make_train_dataset(x, y, batch_size=32):
    dataset = tf.data.Dataset.from_tensor_slices((x, y))
    dataset = dataset.shuffle(buffer_size=len(x), reshuffle_each_iteration=True)
    dataset = dataset.batch(batch_size, drop_remainder=False)
    return dataset.prefetch(buffer_size=tf.data.AUTOTUNE)
