# expect: test_weighted_bce=4
# why: per-example weight 1 + (pos_weight - 1) * y_true[..., 0] times keras.losses.binary_crossentropy (which clips and averages the last axis)
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_keras_losses_and_strings (before the corpus)
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        y_true = tf.cast(y_true, y_pred.dtype)
        weight = 1.0 + (pos_weight - 1.0) * y_true[..., 0]
        return weight * keras.losses.binary_crossentropy(y_true, y_pred)
    return loss
