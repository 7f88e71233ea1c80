# expect: test_stateful_f1=0
# why: stores the F1 of the current batch (assign, not assign_add): the result is the last batch's F1, not the F1 since the reset
class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.f1 = self.add_variable(shape=(), initializer="zeros", name="f1")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = ops.cast(ops.reshape(y_true, (-1,)), "float32")
        y_hat = ops.cast(ops.reshape(y_pred, (-1,)) > self.threshold, "float32")
        tp = ops.sum(y_true * y_hat)
        fp = ops.sum((1 - y_true) * y_hat)
        fn = ops.sum(y_true * (1 - y_hat))
        self.f1.assign(ops.divide_no_nan(2 * tp, 2 * tp + fp + fn))

    def result(self):
        return self.f1

    def reset_state(self):
        self.f1.assign(0.0)

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}
