def make_windows(sequence, window):
    sequence = np.asarray(sequence)
    starts = range(len(sequence) - window)
    inputs = np.stack([sequence[s:s + window] for s in starts])
    targets = np.array([sequence[s + window] for s in starts], dtype=sequence.dtype)
    return tf.data.Dataset.from_tensor_slices((inputs, targets))
