# expect: test_weighted_bce=4
# why: returns a lambda; log(1 - p) written as log1p(-p) after the clip; weights from a boolean mask
def make_weighted_bce(pos_weight):
    eps = keras.config.epsilon()

    def _bce(y_true, y_pred):
        p = ops.clip(ops.cast(y_pred, "float32"), eps, 1 - eps)
        t = ops.cast(y_true, "float32")
        return -(t * ops.log(p) + (1 - t) * ops.log1p(-p))

    return lambda y_true, y_pred: ops.mean(
        _bce(y_true, y_pred) * ops.where(ops.cast(y_true, "float32") == 1.0, float(pos_weight), 1.0),
        axis=-1)
