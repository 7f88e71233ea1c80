# expect: test_dataframe_dataset=3
# why: features as {column: frame[column].to_numpy()} (same dtypes as dict(frame)), labels through np.asarray, batched in order without shuffling
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_batch_before_map_where_valid (before the corpus)
def df_to_dataset(frame, labels, batch_size=32):
    features = {column: frame[column].to_numpy() for column in frame.columns}
    return tf.data.Dataset.from_tensor_slices((features, np.asarray(labels))).batch(batch_size)
