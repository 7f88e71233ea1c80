# expect: test_windows=0
# why: batches the pairs (ready for fit): the text asks for an unbatched dataset
def make_windows(sequence, window):
    return keras.utils.timeseries_dataset_from_array(
        sequence[:-1], sequence[window:], sequence_length=window, batch_size=32)
