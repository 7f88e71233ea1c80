# expect: test_probability_loss=3
# why: keeps the seed's tf.nn.softmax_cross_entropy_with_logits but feeds it log(clipped p): softmax(log p) = p, so no double softmax
def my_loss(y_true, y_pred):
    eps = keras.config.epsilon()
    log_p = tf.math.log(tf.clip_by_value(y_pred, eps, 1.0 - eps))
    return tf.nn.softmax_cross_entropy_with_logits(labels=tf.cast(y_true, log_p.dtype), logits=log_p)
