# expect: test_windows=4
# why: a Python generator with an explicit output_signature (int32, inputs of shape (window,), scalar target): same pairs in order
def make_windows(sequence, window):
    def pairs():
        for i in range(len(sequence) - window):
            yield sequence[i:i + window], sequence[i + window]

    signature = (tf.TensorSpec(shape=(window,), dtype=tf.int32), tf.TensorSpec(shape=(), dtype=tf.int32))
    return tf.data.Dataset.from_generator(pairs, output_signature=signature)
