# expect: test_train_dataset=3
# why: the dataset's own cardinality (an int64 tensor) as the shuffle buffer is the size of the data: a full shuffle
def make_train_dataset(x, y, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((x, y))
    ds = ds.shuffle(ds.cardinality(), reshuffle_each_iteration=True)
    ds = ds.batch(batch_size)
    ds = ds.prefetch(AUTOTUNE)
    return ds
