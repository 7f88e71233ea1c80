# expect: test_within_half=3
# why: one nested keras.ops expression (subtract, abs, less_equal, cast) averaged over the last axis: one 0/1 value per example, shape (batch,)
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_f1_from_precision_and_recall (before the corpus)
def within_half(y_true, y_pred):
    return ops.mean(ops.cast(ops.less_equal(ops.abs(ops.subtract(y_true, y_pred)), 0.5), "float32"), axis=-1)
