def df_to_dataset(frame, labels, batch_size=32):
    features = {column: frame[column].to_numpy() for column in frame.columns}
    return tf.data.Dataset.from_tensor_slices((features, np.asarray(labels))).batch(batch_size)
