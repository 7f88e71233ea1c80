# expect: test_within_half=3
# why: a keras.metrics.Metric subclass that counts hits and examples (explicitly accepted by the text), bound to the name within_half
class WithinHalf(keras.metrics.Metric):
    """Fraction of predictions within 0.5 of the target, over everything since the last reset."""

    def __init__(self, name="within_half", **kwargs):
        super().__init__(name=name, **kwargs)
        self.hits = self.add_variable(shape=(), initializer="zeros", name="hits")
        self.total = self.add_variable(shape=(), initializer="zeros", name="total")

    def update_state(self, y_true, y_pred, sample_weight=None):
        diff = ops.abs(ops.cast(y_true, "float32") - ops.cast(y_pred, "float32"))
        hit = ops.reshape(ops.cast(diff <= 0.5, "float32"), (-1,))
        weight = ops.ones_like(hit)
        if sample_weight is not None:
            weight = ops.cast(ops.reshape(sample_weight, (-1,)), "float32") * weight
        self.hits.assign_add(ops.sum(hit * weight))
        self.total.assign_add(ops.sum(weight))

    def result(self):
        return ops.divide_no_nan(self.hits, self.total)

    def reset_state(self):
        self.hits.assign(0.0)
        self.total.assign(0.0)


within_half = WithinHalf
