# expect: test_weighted_bce=4
# why: keras.ops closure: clipped element-wise BCE times ops.where(y_true == 1, pos_weight, 1), mean over the last axis
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        eps = keras.config.epsilon()
        y_pred = ops.clip(y_pred, eps, 1.0 - eps)
        y_true = ops.cast(y_true, y_pred.dtype)
        bce = -(y_true * ops.log(y_pred) + (1.0 - y_true) * ops.log(1.0 - y_pred))
        weights = ops.where(ops.equal(y_true, 1.0), pos_weight, 1.0)
        return ops.mean(bce * weights, axis=-1)
    return loss
