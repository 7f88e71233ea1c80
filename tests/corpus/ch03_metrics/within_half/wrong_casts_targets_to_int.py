# expect: test_within_half=0
# why: classification habit: casts the float regression targets to int32 first, truncating them
def within_half(y_true, y_pred):
    y_true = ops.cast(ops.cast(y_true, "int32"), "float32")
    return ops.mean(ops.cast(ops.abs(y_true - y_pred) <= 0.5, "float32"), axis=-1)
