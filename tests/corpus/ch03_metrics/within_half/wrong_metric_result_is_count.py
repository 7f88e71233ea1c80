# expect: test_within_half=0
# why: Metric subclass whose result() returns the number of hits instead of the fraction
class WithinHalf(keras.metrics.Metric):
    def __init__(self, name="within_half", **kwargs):
        super().__init__(name=name, **kwargs)
        self.hits = self.add_variable(shape=(), initializer="zeros", name="hits")

    def update_state(self, y_true, y_pred, sample_weight=None):
        diff = ops.abs(ops.cast(y_true, "float32") - ops.cast(y_pred, "float32"))
        self.hits.assign_add(ops.sum(ops.cast(diff <= 0.5, "float32")))

    def result(self):
        return self.hits

    def reset_state(self):
        self.hits.assign(0.0)


within_half = WithinHalf
