# expect: test_within_half=0
# why: Metric subclass whose reset_state zeroes the hits but not the total: after a reset the fraction is too small
class WithinHalf(keras.metrics.Metric):
    def __init__(self, name="within_half", **kwargs):
        super().__init__(name=name, **kwargs)
        self.hits = self.add_variable(shape=(), initializer="zeros", name="hits")
        self.total = self.add_variable(shape=(), initializer="zeros", name="total")

    def update_state(self, y_true, y_pred, sample_weight=None):
        diff = ops.abs(ops.cast(y_true, "float32") - ops.cast(y_pred, "float32"))
        hit = ops.reshape(ops.cast(diff <= 0.5, "float32"), (-1,))
        self.hits.assign_add(ops.sum(hit))
        self.total.assign_add(ops.cast(ops.shape(hit)[0], "float32"))

    def result(self):
        return ops.divide_no_nan(self.hits, self.total)

    def reset_state(self):
        self.hits.assign(0.0)


within_half = WithinHalf
