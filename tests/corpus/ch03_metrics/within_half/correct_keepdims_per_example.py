# expect: test_within_half=3
# why: one value per example kept as shape (batch, 1) (keepdims=True), which the text accepts; Keras's Mean averages it over every example
def within_half(y_true, y_pred):
    error = ops.abs(ops.subtract(ops.cast(y_true, "float32"), ops.cast(y_pred, "float32")))
    return ops.mean(ops.cast(ops.less_equal(error, 0.5), "float32"), axis=-1, keepdims=True)
