# expect: test_dataframe_dataset=0
# why: drop_remainder=True loses the rows of the last, smaller batch (invisible when the row count is a multiple of batch_size); the text asks to keep every row
def df_to_dataset(frame, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((dict(frame), labels))
    return ds.batch(batch_size, drop_remainder=True)
