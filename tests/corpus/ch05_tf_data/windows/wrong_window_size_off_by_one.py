# expect: test_windows=0
# why: windows of `window` values split into (w[:-1], w[-1]): inputs hold window - 1 values (off by one), and there is one pair too many
def make_windows(sequence, window):
    return (tf.data.Dataset.from_tensor_slices(sequence)
            .window(window, shift=1, drop_remainder=True)
            .flat_map(lambda w: w.batch(window))
            .map(lambda w: (w[:-1], w[-1])))
