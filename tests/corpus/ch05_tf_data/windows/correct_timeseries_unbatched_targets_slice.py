# expect: test_windows=4
# why: keras.utils.timeseries_dataset_from_array(sequence, targets=sequence[window:], sequence_length=window, batch_size=None): unbatched pairs in order
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_windows_and_lookup_variants (before the corpus)
def make_windows(sequence, window):
    return keras.utils.timeseries_dataset_from_array(
        sequence, targets=sequence[window:], sequence_length=window, batch_size=None)
