# expect: test_dataframe_dataset=0
# why: ignores the batch_size argument and always batches by 32
def df_to_dataset(frame, labels, batch_size=32):
    return tf.data.Dataset.from_tensor_slices((dict(frame), labels)).batch(32)
