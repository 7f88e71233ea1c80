# expect: test_probability_loss=3
# why: TensorFlow ops: tf.clip_by_value, tf.math.log, tf.reduce_sum over axis -1
def my_loss(y_true, y_pred):
    epsilon = keras.config.epsilon()
    y_pred = tf.clip_by_value(tf.convert_to_tensor(y_pred), epsilon, 1.0 - epsilon)
    y_true = tf.cast(y_true, y_pred.dtype)
    return -tf.reduce_sum(y_true * tf.math.log(y_pred), axis=-1)
