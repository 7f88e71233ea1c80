# expect: test_windows=4
# why: windows of `window` values over sequence[:-1] zipped with the targets sequence[window:]: len - window pairs in order
def make_windows(sequence, window):
    inputs = (tf.data.Dataset.from_tensor_slices(sequence[:-1])
              .window(window, shift=1, drop_remainder=True)
              .flat_map(lambda w: w.batch(window)))
    targets = tf.data.Dataset.from_tensor_slices(sequence[window:])
    return tf.data.Dataset.zip((inputs, targets))
