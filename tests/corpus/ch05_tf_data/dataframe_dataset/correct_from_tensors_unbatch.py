# expect: test_dataframe_dataset=3
# why: from_tensors of the whole table then unbatch() yields one row per element in the original order; batch regroups them
def df_to_dataset(frame, labels, batch_size=32):
    whole = tf.data.Dataset.from_tensors(({name: frame[name].to_numpy() for name in frame.columns}, labels))
    return whole.unbatch().batch(batch_size)
