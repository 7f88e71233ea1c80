# expect: test_probability_loss=3
# why: keras.ops: clip to [eps, 1 - eps], -sum(y_true * log(p)) over the class axis
def my_loss(y_true, y_pred):
    eps = keras.config.epsilon()
    y_true = ops.cast(y_true, y_pred.dtype)
    p = ops.clip(y_pred, eps, 1.0 - eps)
    return -ops.sum(y_true * ops.log(p), axis=-1)
