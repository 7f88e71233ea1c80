# expect: test_within_half=3
# why: (y_true - y_pred)^2 <= 0.25 is the same condition as |d| <= 0.5; 1 - mean of misses over the last axis
def within_half(y_true, y_pred):
    d = ops.subtract(ops.cast(y_true, "float32"), ops.cast(y_pred, "float32"))
    miss = ops.cast(ops.square(d) > 0.25, "float32")
    return 1.0 - ops.mean(miss, axis=-1)
