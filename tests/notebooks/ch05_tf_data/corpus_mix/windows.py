# expect: test_windows=0
# why: the target is sliced as w[-1:], a vector of one value, instead of the scalar value after the window
def make_windows(sequence, window):
    return (tf.data.Dataset.from_tensor_slices(sequence)
            .window(window + 1, shift=1, drop_remainder=True)
            .flat_map(lambda w: w.batch(window + 1))
            .map(lambda w: (w[:-1], w[-1:])))
