# expect: test_within_half=0
# why: returns the number of hits in the batch (ops.sum), not a fraction
def within_half(y_true, y_pred):
    y_true = ops.cast(y_true, "float32")
    return ops.sum(ops.cast(ops.abs(y_true - y_pred) <= 0.5, "float32"))
