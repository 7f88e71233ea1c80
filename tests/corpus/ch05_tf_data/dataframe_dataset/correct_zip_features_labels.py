# expect: test_dataframe_dataset=3
# why: zipping a dataset of feature dicts with a dataset of labels, in order, then batching, gives the same elements
def df_to_dataset(frame, labels, batch_size=32):
    features = tf.data.Dataset.from_tensor_slices(dict(frame))
    targets = tf.data.Dataset.from_tensor_slices(labels)
    return tf.data.Dataset.zip((features, targets)).batch(batch_size)
