# expect: test_windows=4
# why: keras.utils.timeseries_dataset_from_array on sequence[:-1] with targets sequence[window:] gives the window starting at i with target sequence[i + window]; batch_size=None keeps it unbatched
# source: keras.io timeseries_dataset_from_array (targets[i] is the target of the window starting at i)
def make_windows(sequence, window):
    return keras.utils.timeseries_dataset_from_array(
        sequence[:-1], sequence[window:], sequence_length=window,
        sequence_stride=1, shuffle=False, batch_size=None)
