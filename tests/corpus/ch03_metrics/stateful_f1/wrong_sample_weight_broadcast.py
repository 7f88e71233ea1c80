# expect: test_stateful_f1=0
# why: keeps y_true/y_pred as (batch, 1) but multiplies by a (batch,) sample_weight: the product broadcasts to (batch, batch) and the weighted counts are wrong
class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.tp = self.add_variable(shape=(), initializer="zeros", name="tp")
        self.fp = self.add_variable(shape=(), initializer="zeros", name="fp")
        self.fn = self.add_variable(shape=(), initializer="zeros", name="fn")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = ops.cast(y_true, "float32")
        y_hat = ops.cast(y_pred > self.threshold, "float32")
        tp = y_true * y_hat
        fp = (1 - y_true) * y_hat
        fn = y_true * (1 - y_hat)
        if sample_weight is not None:
            sample_weight = ops.cast(sample_weight, "float32")
            tp, fp, fn = tp * sample_weight, fp * sample_weight, fn * sample_weight
        self.tp.assign_add(ops.sum(tp))
        self.fp.assign_add(ops.sum(fp))
        self.fn.assign_add(ops.sum(fn))

    def result(self):
        return ops.divide_no_nan(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def reset_state(self):
        self.tp.assign(0.0)
        self.fp.assign(0.0)
        self.fn.assign(0.0)

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}
