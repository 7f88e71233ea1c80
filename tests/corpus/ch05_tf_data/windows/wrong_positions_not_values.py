# expect: test_windows=0
# why: builds the windows from Dataset.range (positions) instead of the values of sequence: right only when sequence is 0, 1, 2, ..., and int64 instead of the sequence's dtype
def make_windows(sequence, window):
    return (tf.data.Dataset.range(len(sequence))
            .window(window + 1, shift=1, drop_remainder=True)
            .flat_map(lambda w: w.batch(window + 1))
            .map(lambda w: (w[:-1], w[-1])))
