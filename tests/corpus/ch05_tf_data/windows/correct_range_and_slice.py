# expect: test_windows=4
# why: a dataset of start positions mapped to slices of the sequence tensor (tf.function-traced map); dtype of sequence kept
def make_windows(sequence, window):
    values = tf.constant(sequence)
    count = len(sequence) - window

    def pair(start):
        start = tf.cast(start, tf.int32)
        return values[start:start + window], values[start + window]

    return tf.data.Dataset.range(count).map(pair)
