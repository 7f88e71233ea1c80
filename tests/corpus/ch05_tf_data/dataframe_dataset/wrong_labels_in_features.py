# expect: test_dataframe_dataset=0
# why: yields only a dict of features with the labels put inside it under "target": elements are not (features, label) pairs
def df_to_dataset(frame, labels, batch_size=32):
    columns = dict(frame)
    columns["target"] = np.asarray(labels)
    return tf.data.Dataset.from_tensor_slices(columns).batch(batch_size)
