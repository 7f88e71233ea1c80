# expect: test_windows=4
# why: windows of window + 1 values (shift 1, full windows only), each batched into one tensor, split into (first window values, last value)
def make_windows(sequence, window):
    size = window + 1
    ds = tf.data.Dataset.from_tensor_slices(sequence)
    ds = ds.window(size, shift=1, stride=1, drop_remainder=True)
    ds = ds.flat_map(lambda w: w.batch(size, drop_remainder=True))
    return ds.map(lambda w: (w[:window], w[window]))
