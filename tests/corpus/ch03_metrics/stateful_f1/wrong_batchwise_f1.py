# expect: test_stateful_f1=0
# why: BinaryF1 written as a plain function computing one batch's F1 (fixed 0.5 threshold, no state, no sample_weight): not a Metric subclass, test 0
# source: the hand-written scenario tests/notebooks/ch03_metrics/wrong_batchwise_f1 (before the corpus)
def BinaryF1(y_true, y_pred):
    y_true = ops.cast(y_true, "float32")
    y_hat = ops.cast(y_pred > 0.5, "float32")
    tp = ops.sum(y_true * y_hat)
    precision = tp / (ops.sum(y_hat) + keras.config.epsilon())
    recall = tp / (ops.sum(y_true) + keras.config.epsilon())
    return 2 * ((precision * recall) / (precision + recall + keras.config.epsilon()))
