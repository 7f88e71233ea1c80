# expect: test_stateful_f1=0
# why: accepts sample_weight but never uses it: weighted counts are required
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
        self.tp.assign_add(ops.sum(y_true * y_hat))
        self.fp.assign_add(ops.sum((1 - y_true) * y_hat))
        self.fn.assign_add(ops.sum(y_true * (1 - y_hat)))

    def result(self):
        return ops.divide_no_nan(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def reset_state(self):
        self.tp.assign(0.0)
        self.fp.assign(0.0)
        self.fn.assign(0.0)

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}
