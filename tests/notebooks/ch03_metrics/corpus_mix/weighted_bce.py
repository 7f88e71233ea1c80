# expect: test_weighted_bce=4
# why: TensorFlow ops, weight 1 + (pos_weight - 1) * y_true (equal on 0/1 labels), tf.reduce_mean over axis -1
def make_weighted_bce(pos_weight):
    pos_weight = float(pos_weight)

    def weighted_bce(y_true, y_pred):
        epsilon = keras.config.epsilon()
        y_pred = tf.clip_by_value(tf.cast(y_pred, tf.float32), epsilon, 1.0 - epsilon)
        y_true = tf.cast(y_true, tf.float32)
        per_element = -(y_true * tf.math.log(y_pred) + (1.0 - y_true) * tf.math.log(1.0 - y_pred))
        weight = 1.0 + (pos_weight - 1.0) * y_true
        return tf.reduce_mean(weight * per_element, axis=-1)

    return weighted_bce
