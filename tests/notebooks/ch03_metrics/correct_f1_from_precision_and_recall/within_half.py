def within_half(y_true, y_pred):
    return ops.mean(ops.cast(ops.less_equal(ops.abs(ops.subtract(y_true, y_pred)), 0.5), "float32"), axis=-1)
