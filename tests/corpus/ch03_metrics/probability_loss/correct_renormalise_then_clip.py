# expect: test_probability_loss=3
# why: renormalises the rows to sum 1 (as Keras does) and then clips; explicit float32 casts
def my_loss(y_true, y_pred):
    y_pred = ops.cast(y_pred, "float32")
    y_true = ops.cast(y_true, "float32")
    y_pred = y_pred / ops.sum(y_pred, axis=-1, keepdims=True)
    y_pred = ops.clip(y_pred, keras.config.epsilon(), 1 - keras.config.epsilon())
    return ops.negative(ops.sum(ops.multiply(y_true, ops.log(y_pred)), axis=-1))
