# expect: test_dataframe_dataset=3
# why: a dict comprehension over frame.columns holding each column as a NumPy array is the same dict of columns as dict(frame)
def df_to_dataset(frame, labels, batch_size=32):
    columns = {name: frame[name].to_numpy() for name in frame.columns}
    dataset = tf.data.Dataset.from_tensor_slices((columns, np.asarray(labels)))
    return dataset.batch(batch_size)
