# expect: test_stateful_f1=6
# why: one variable of shape (3,) holding [TP, FP, FN], updated with one assign_add; ops.where for the zero denominator
class BinaryF1(keras.metrics.Metric):
    """F1 over every batch since the last reset."""

    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = float(threshold)
        self.counts = self.add_variable(shape=(3,), initializer="zeros", name="tp_fp_fn")

    def update_state(self, y_true, y_pred, sample_weight=None):
        actual = ops.cast(ops.reshape(y_true, (-1,)), "float32")
        predicted = ops.cast(ops.greater(ops.reshape(y_pred, (-1,)), self.threshold), "float32")
        weight = 1.0
        if sample_weight is not None:
            weight = ops.cast(ops.reshape(sample_weight, (-1,)), "float32")
        batch = ops.stack([ops.sum(weight * actual * predicted),
                           ops.sum(weight * (1 - actual) * predicted),
                           ops.sum(weight * actual * (1 - predicted))])
        self.counts.assign_add(batch)

    def result(self):
        tp, fp, fn = self.counts[0], self.counts[1], self.counts[2]
        denominator = 2 * tp + fp + fn
        return ops.where(denominator > 0, 2 * tp / ops.maximum(denominator, 1e-12), 0.0)

    def reset_state(self):
        self.counts.assign(ops.zeros((3,)))

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}
