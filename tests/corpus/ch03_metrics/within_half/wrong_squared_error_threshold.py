# expect: test_within_half=0
# why: compares the squared error with 0.5, i.e. |d| <= 0.707
def within_half(y_true, y_pred):
    y_true = ops.cast(y_true, "float32")
    return ops.mean(ops.cast(ops.square(y_true - y_pred) <= 0.5, "float32"), axis=-1)
