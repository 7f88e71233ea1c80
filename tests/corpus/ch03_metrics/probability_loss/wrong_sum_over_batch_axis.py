# expect: test_probability_loss=0
# why: sums over axis 0 (the batch) instead of the class axis: shape (classes,), not (batch,)
def my_loss(y_true, y_pred):
    eps = keras.config.epsilon()
    p = ops.clip(y_pred, eps, 1 - eps)
    return -ops.sum(y_true * ops.log(p), axis=0)
