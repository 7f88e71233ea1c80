# expect: test_dataframe_dataset=0
# why: a seeded shuffle that never reshuffles is reproducible but still not the original order of the rows
def df_to_dataset(frame, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((dict(frame), labels))
    ds = ds.shuffle(len(frame), seed=42, reshuffle_each_iteration=False)
    return ds.batch(batch_size)
