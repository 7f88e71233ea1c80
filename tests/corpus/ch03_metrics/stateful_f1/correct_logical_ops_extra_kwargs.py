# expect: test_stateful_f1=6
# why: boolean logic (logical_and/logical_not), ops.where for the sample weights, an explicit dtype kwarg passed through, epsilon-free guarded division
class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", dtype="float32", **kwargs):
        super().__init__(name=name, dtype=dtype, **kwargs)
        self.threshold = threshold
        self.tp = self.add_variable(shape=(), initializer="zeros", name="tp", dtype="float32")
        self.fp = self.add_variable(shape=(), initializer="zeros", name="fp", dtype="float32")
        self.fn = self.add_variable(shape=(), initializer="zeros", name="fn", dtype="float32")

    def update_state(self, y_true, y_pred, sample_weight=None):
        positive = ops.reshape(ops.cast(y_true, "float32"), (-1,)) > 0.5
        predicted = ops.reshape(y_pred, (-1,)) > self.threshold
        if sample_weight is None:
            w = ops.ones(ops.shape(positive), dtype="float32")
        else:
            w = ops.reshape(ops.cast(sample_weight, "float32"), (-1,))

        def weighted_count(mask):
            return ops.sum(ops.where(mask, w, ops.zeros_like(w)))

        self.tp.assign_add(weighted_count(ops.logical_and(positive, predicted)))
        self.fp.assign_add(weighted_count(ops.logical_and(ops.logical_not(positive), predicted)))
        self.fn.assign_add(weighted_count(ops.logical_and(positive, ops.logical_not(predicted))))

    def result(self):
        denominator = 2.0 * self.tp + self.fp + self.fn
        safe = ops.where(denominator > 0, denominator, ops.ones_like(denominator))
        return ops.where(denominator > 0, 2.0 * self.tp / safe, ops.zeros_like(denominator))

    def reset_state(self):
        self.tp.assign(0.0)
        self.fp.assign(0.0)
        self.fn.assign(0.0)

    def get_config(self):
        base = super().get_config()
        return dict(base, threshold=self.threshold)
