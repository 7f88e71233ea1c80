# expect: test_within_half=0
# why: forgets the absolute value: every over-prediction (y_pred > y_true) counts as a hit
def within_half(y_true, y_pred):
    y_true = ops.cast(y_true, "float32")
    return ops.mean(ops.cast(y_true - y_pred <= 0.5, "float32"), axis=-1)
