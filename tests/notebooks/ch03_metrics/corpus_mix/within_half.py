# expect: test_within_half=3
# why: keras.ops, 0/1 per element averaged over the last axis: shape (batch,)
def within_half(y_true, y_pred):
    y_true = ops.cast(y_true, "float32")
    y_pred = ops.cast(y_pred, "float32")
    hit = ops.cast(ops.abs(y_true - y_pred) <= 0.5, "float32")
    return ops.mean(hit, axis=-1)
