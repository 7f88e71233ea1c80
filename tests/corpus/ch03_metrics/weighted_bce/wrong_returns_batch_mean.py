# expect: test_weighted_bce=0
# why: a scalar: the mean over the whole batch instead of one value per example
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        eps = keras.config.epsilon()
        y_pred = ops.clip(y_pred, eps, 1 - eps)
        y_true = ops.cast(y_true, y_pred.dtype)
        bce = -(y_true * ops.log(y_pred) + (1 - y_true) * ops.log(1 - y_pred))
        return ops.mean(bce * ops.where(y_true == 1, pos_weight, 1.0))
    return loss
