# expect: test_windows=0
# why: casts the windows to float32 (for a Dense model): the text asks to keep the dtype of sequence
def make_windows(sequence, window):
    data = np.asarray(sequence, dtype="float32")
    inputs = np.stack([data[i:i + window] for i in range(len(data) - window)])
    return tf.data.Dataset.from_tensor_slices((inputs, data[window:]))
