# expect: test_within_half=0
# why: strict < 0.5: an error of exactly 0.5 must count as a hit (the text says <= 0.5)
def within_half(y_true, y_pred):
    y_true = ops.cast(y_true, "float32")
    return ops.mean(ops.cast(ops.abs(y_true - y_pred) < 0.5, "float32"), axis=-1)
