# expect: test_within_half=0
# why: returns the batch mean (a scalar): Keras's Mean counts it as one sample, so the last, smaller batch weighs as much as a full one; the text asks for one value per example, not the batch mean (relabelled from correct_: the old text allowed the batch mean, which cell 5 contradicted)
def within_half(y_true, y_pred):
    y_true = tf.cast(y_true, tf.float32)
    y_pred = tf.cast(y_pred, tf.float32)
    return tf.reduce_mean(tf.cast(tf.less_equal(tf.abs(y_true - y_pred), 0.5), tf.float32))
