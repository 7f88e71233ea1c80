# expect: test_dataframe_dataset=3
# why: the TF "structured data" tutorial's function with shuffling removed; copy() and a final prefetch are harmless extras
# source: tensorflow.org tutorial "Classify structured data using Keras preprocessing layers" (df_to_dataset)
def df_to_dataset(frame, labels, batch_size=32):
    frame = frame.copy()
    ds = tf.data.Dataset.from_tensor_slices((dict(frame), labels))
    ds = ds.batch(batch_size, drop_remainder=False)
    return ds.prefetch(tf.data.AUTOTUNE)
