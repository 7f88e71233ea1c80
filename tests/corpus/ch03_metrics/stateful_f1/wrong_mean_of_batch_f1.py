# expect: test_stateful_f1=0
# why: the seed's batch-wise F1 made 'stateful' by averaging batch F1 values: the mean of ratios, not the F1 of the epoch
# source: seed 002 (my_custom_f1_score as a function metric)
class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.f1_sum = self.add_variable(shape=(), initializer="zeros", name="f1_sum")
        self.batches = self.add_variable(shape=(), initializer="zeros", name="batches")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = ops.cast(ops.reshape(y_true, (-1,)), "float32")
        y_hat = ops.cast(ops.reshape(y_pred, (-1,)) > self.threshold, "float32")
        tp = ops.sum(y_true * y_hat)
        fp = ops.sum((1 - y_true) * y_hat)
        fn = ops.sum(y_true * (1 - y_hat))
        self.f1_sum.assign_add(2 * tp / (2 * tp + fp + fn + keras.config.epsilon()))
        self.batches.assign_add(1.0)

    def result(self):
        return ops.divide_no_nan(self.f1_sum, self.batches)

    def reset_state(self):
        self.f1_sum.assign(0.0)
        self.batches.assign(0.0)

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}
