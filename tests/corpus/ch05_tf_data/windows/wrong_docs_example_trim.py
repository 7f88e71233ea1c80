# expect: test_windows=0
# why: follows the keras.io example literally (data[:-window] as input, targets data[window:]): the last windows are lost (len - 2 * window + 1 pairs instead of len - window)
# source: keras.io timeseries_dataset_from_array, "Example 2: temporal regression"
def make_windows(sequence, window):
    return keras.utils.timeseries_dataset_from_array(
        sequence[:-window], sequence[window:], sequence_length=window, batch_size=None)
