# expect: test_stateful_f1=0
# why: update_state overwrites the counts with assign instead of assign_add (and ignores sample_weight): reports the last batch's F1, test 0
# source: the hand-written scenario tests/notebooks/ch03_metrics/wrong_f1_assign_not_accumulate (before the corpus)
class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.tp = self.add_variable(shape=(), initializer="zeros", name="tp")
        self.fp = self.add_variable(shape=(), initializer="zeros", name="fp")
        self.fn = self.add_variable(shape=(), initializer="zeros", name="fn")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = ops.cast(ops.reshape(y_true, (-1,)), "float32")
        y_hat = ops.cast(ops.reshape(y_pred, (-1,)) > self.threshold, "float32")
        self.tp.assign(ops.sum(y_true * y_hat))
        self.fp.assign(ops.sum((1.0 - y_true) * y_hat))
        self.fn.assign(ops.sum(y_true * (1.0 - y_hat)))

    def result(self):
        return ops.divide_no_nan(2.0 * self.tp, 2.0 * self.tp + self.fp + self.fn)

    def reset_state(self):
        for variable in (self.tp, self.fp, self.fn):
            variable.assign(0.0)

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}
