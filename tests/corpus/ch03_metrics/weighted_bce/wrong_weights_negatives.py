# expect: test_weighted_bce=0
# why: puts pos_weight on the negatives (y_true == 0) instead of the positives
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        eps = keras.config.epsilon()
        y_pred = ops.clip(y_pred, eps, 1 - eps)
        y_true = ops.cast(y_true, y_pred.dtype)
        bce = -(y_true * ops.log(y_pred) + (1 - y_true) * ops.log(1 - y_pred))
        return ops.mean(bce * ops.where(y_true == 0, pos_weight, 1.0), axis=-1)
    return loss
