# expect: test_within_half=0
# why: 1.0 if the batch's mean absolute error is <= 0.5: an indicator of the batch, not the fraction of predictions
def within_half(y_true, y_pred):
    mae = ops.mean(ops.abs(ops.cast(y_true, "float32") - y_pred))
    return ops.cast(mae <= 0.5, "float32")
