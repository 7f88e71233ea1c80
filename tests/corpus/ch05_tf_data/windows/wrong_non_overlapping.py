# expect: test_windows=0
# why: shift=window + 1 makes non-overlapping windows: only some positions, not every possible one
def make_windows(sequence, window):
    size = window + 1
    return (tf.data.Dataset.from_tensor_slices(sequence)
            .window(size, shift=size, drop_remainder=True)
            .flat_map(lambda w: w.batch(size))
            .map(lambda w: (w[:-1], w[-1])))
