# expect: test_windows=4
# why: tf.signal.frame cuts all len - window frames of window + 1 values at once (vectorized); the last column is the target
def make_windows(sequence, window):
    frames = tf.signal.frame(tf.constant(sequence), frame_length=window + 1, frame_step=1)
    return tf.data.Dataset.from_tensor_slices((frames[:, :-1], frames[:, -1]))
