# expect: test_windows=0
# why: window(window) instead of window + 1, and the target is the window's own last value w[-1], not the value after it: wrong pairs, test 0
# source: the hand-written scenario tests/notebooks/ch05_tf_data/wrong_windows_off_by_one (before the corpus)
def make_windows(sequence, window):
    dataset = tf.data.Dataset.from_tensor_slices(sequence).window(window, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda w: w.batch(window))
    return dataset.map(lambda w: (w, w[-1]))
