# expect: test_probability_loss=0
# why: no clipping: log(0) = -inf, and 0 * -inf = NaN when a probability is exactly 0
def my_loss(y_true, y_pred):
    return -ops.sum(y_true * ops.log(y_pred), axis=-1)
