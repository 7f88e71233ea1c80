# expect: test_train_dataset=0
# why: tf.data transformations return new datasets; calling shuffle/prefetch without reassigning discards them (only the batch is kept)
def make_train_dataset(x, y, batch_size=32):
    dataset = tf.data.Dataset.from_tensor_slices((x, y))
    dataset.shuffle(len(x))
    dataset = dataset.batch(batch_size)
    dataset.prefetch(AUTOTUNE)
    return dataset
