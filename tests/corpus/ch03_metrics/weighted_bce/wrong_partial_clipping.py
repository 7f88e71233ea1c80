# expect: test_weighted_bce=0
# why: clips only inside the first logarithm; log(1 - p) is still -inf when p is exactly 1
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        eps = keras.config.epsilon()
        y_true = ops.cast(y_true, y_pred.dtype)
        bce = -(y_true * ops.log(ops.clip(y_pred, eps, 1 - eps)) + (1 - y_true) * ops.log(1 - y_pred))
        return ops.mean(bce * ops.where(y_true == 1, pos_weight, 1.0), axis=-1)
    return loss
