# expect: test_within_half=3
# why: a Metric subclass with add_weight hits and total, weighted by sample_weight, result divide_no_nan(hits, total); bound as within_half = WithinHalf
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_metric_subclass_for_tolerance (before the corpus)
class WithinHalf(keras.metrics.Metric):
    def __init__(self, name="within_half", **kwargs):
        super().__init__(name=name, **kwargs)
        self.hits = self.add_weight(name="hits", initializer="zeros")
        self.total = self.add_weight(name="total", initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        error = tf.abs(tf.cast(y_true, tf.float32) - tf.cast(y_pred, tf.float32))
        hit = tf.reshape(tf.cast(error <= 0.5, tf.float32), [-1])
        weight = tf.ones_like(hit) if sample_weight is None else tf.reshape(tf.cast(sample_weight, tf.float32), [-1])
        self.hits.assign_add(tf.reduce_sum(hit * weight))
        self.total.assign_add(tf.reduce_sum(weight))

    def result(self):
        return tf.math.divide_no_nan(self.hits, self.total)

    def reset_state(self):
        self.hits.assign(0.0)
        self.total.assign(0.0)

within_half = WithinHalf
