# expect: test_weighted_bce=0
# why: clipped ops BCE with pos_weight multiplying the negatives' term (1 - y) log(1 - p) instead of the positives': wrong for pos_weight != 1, test 0
# source: the hand-written scenario tests/notebooks/ch03_metrics/wrong_class_weight_without_k (before the corpus)
def make_weighted_bce(pos_weight):
    def weighted_bce(y_true, y_pred):
        eps = keras.config.epsilon()
        y_true = ops.cast(y_true, y_pred.dtype)
        y_pred = ops.clip(y_pred, eps, 1.0 - eps)
        return ops.mean(-(y_true * ops.log(y_pred) + pos_weight * (1.0 - y_true) * ops.log(1.0 - y_pred)), axis=-1)
    return weighted_bce
