# expect: test_windows=4
# why: builds every (inputs, target) pair with NumPy slicing (loop over positions) and slices the arrays: same pairs, same order, same dtype (the inputs' static shape is (window,))
def make_windows(sequence, window):
    sequence = np.asarray(sequence)
    starts = range(len(sequence) - window)
    inputs = np.stack([sequence[i:i + window] for i in starts])
    targets = np.array([sequence[i + window] for i in starts], dtype=sequence.dtype)
    return tf.data.Dataset.from_tensor_slices((inputs, targets))
