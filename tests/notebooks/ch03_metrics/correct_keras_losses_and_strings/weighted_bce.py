def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        y_true = tf.cast(y_true, y_pred.dtype)
        weight = 1.0 + (pos_weight - 1.0) * y_true[..., 0]
        return weight * keras.losses.binary_crossentropy(y_true, y_pred)
    return loss
