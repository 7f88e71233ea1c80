def make_windows(sequence, window):
    return keras.utils.timeseries_dataset_from_array(
        sequence, targets=sequence[window:], sequence_length=window, batch_size=None)
