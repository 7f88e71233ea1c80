# expect: test_windows=0
# why: drop_remainder=False keeps the short trailing windows: extra pairs whose inputs hold fewer than `window` values
def make_windows(sequence, window):
    return (tf.data.Dataset.from_tensor_slices(sequence)
            .window(window + 1, shift=1, drop_remainder=False)
            .flat_map(lambda w: w.batch(window + 1))
            .map(lambda w: (w[:-1], w[-1])))
