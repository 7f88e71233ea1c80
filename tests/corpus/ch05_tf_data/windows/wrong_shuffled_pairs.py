# expect: test_windows=0
# why: shuffles the pairs like a training pipeline: the text asks for every position in order
def make_windows(sequence, window):
    inputs = np.stack([sequence[i:i + window] for i in range(len(sequence) - window)])
    pairs = tf.data.Dataset.from_tensor_slices((inputs, sequence[window:]))
    return pairs.shuffle(len(inputs))
