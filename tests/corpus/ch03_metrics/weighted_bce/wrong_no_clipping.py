# expect: test_weighted_bce=0
# why: no clipping: log(0) gives inf/NaN when a probability is exactly 0 or 1
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        y_true = ops.cast(y_true, y_pred.dtype)
        bce = -(y_true * ops.log(y_pred) + (1 - y_true) * ops.log(1 - y_pred))
        return ops.mean(bce * ops.where(y_true == 1, pos_weight, 1.0), axis=-1)
    return loss
