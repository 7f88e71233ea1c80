# expect: test_weighted_bce=0
# why: weight = pos_weight * y_true: the negatives get weight 0 instead of 1
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        eps = keras.config.epsilon()
        y_pred = ops.clip(y_pred, eps, 1 - eps)
        y_true = ops.cast(y_true, y_pred.dtype)
        bce = -(y_true * ops.log(y_pred) + (1 - y_true) * ops.log(1 - y_pred))
        return ops.mean(pos_weight * y_true * bce, axis=-1)
    return loss
