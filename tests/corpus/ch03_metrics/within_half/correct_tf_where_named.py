# expect: test_within_half=3
# why: tf.where with ones/zeros and tf.reduce_mean over axis -1, with a harmless docstring and local names
def within_half(y_true, y_pred):
    """1.0 where |y_true - y_pred| <= 0.5, else 0.0, averaged over the last axis."""
    error = tf.abs(tf.cast(y_true, tf.float32) - tf.cast(y_pred, tf.float32))
    close = tf.where(error <= 0.5, tf.ones_like(error), tf.zeros_like(error))
    return tf.reduce_mean(close, axis=-1)
