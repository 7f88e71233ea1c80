# expect: test_dataframe_dataset=0
# why: returns one row per element: the text asks for a batched dataset
def df_to_dataset(frame, labels, batch_size=32):
    return tf.data.Dataset.from_tensor_slices((dict(frame), labels)).prefetch(tf.data.AUTOTUNE)
