# expect: test_dataframe_dataset=0
# why: copies the TF tutorial's df_to_dataset with shuffle=True by default: an evaluation dataset must keep the original order
# source: tensorflow.org tutorial "Classify structured data" (df_to_dataset(dataframe, shuffle=True, batch_size=32))
def df_to_dataset(frame, labels, batch_size=32, shuffle=True):
    frame = frame.copy()
    ds = tf.data.Dataset.from_tensor_slices((dict(frame), labels))
    if shuffle:
        ds = ds.shuffle(buffer_size=len(frame))
    return ds.batch(batch_size)
