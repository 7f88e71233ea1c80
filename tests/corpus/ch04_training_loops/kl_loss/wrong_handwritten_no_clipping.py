# expect: test_kl_loss=0
# why: hand-written KL without clipping: for one-hot targets 0 * log(0 / p) is nan, so the loss is nan
def loss_fn(y_true, y_pred):
    y_true = tf.cast(y_true, y_pred.dtype)
    return tf.reduce_sum(y_true * tf.math.log(y_true / y_pred), axis=-1)
