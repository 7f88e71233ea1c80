# expect: test_kl_loss=0
# why: hand-written KL that averages over the classes instead of summing: every value is divided by the number of classes
def loss_fn(y_true, y_pred):
    eps = keras.backend.epsilon()
    y_true = tf.clip_by_value(tf.cast(y_true, y_pred.dtype), eps, 1.0)
    y_pred = tf.clip_by_value(y_pred, eps, 1.0)
    return tf.reduce_mean(y_true * tf.math.log(y_true / y_pred), axis=-1)
