# expect: test_stateful_f1=6
# why: one add_weight variable of shape (3,) holding weighted [TP, FP, FN] from tf ops, one assign_add per batch; tf.math.divide_no_nan for the 0 case
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_metric_subclass_for_tolerance (before the corpus)
class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.counts = self.add_weight(name="counts", shape=(3,), initializer="zeros")  # tp, fp, fn

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = tf.reshape(tf.cast(y_true, tf.float32), [-1])
        y_hat = tf.reshape(tf.cast(y_pred > self.threshold, tf.float32), [-1])
        weight = tf.ones_like(y_true) if sample_weight is None else tf.reshape(tf.cast(sample_weight, tf.float32), [-1])
        tp = tf.reduce_sum(weight * y_true * y_hat)
        fp = tf.reduce_sum(weight * (1 - y_true) * y_hat)
        fn = tf.reduce_sum(weight * y_true * (1 - y_hat))
        self.counts.assign_add(tf.stack([tp, fp, fn]))

    def result(self):
        tp, fp, fn = self.counts[0], self.counts[1], self.counts[2]
        return tf.math.divide_no_nan(2 * tp, 2 * tp + fp + fn)

    def reset_state(self):
        self.counts.assign(tf.zeros(3))

    def get_config(self):
        config = super().get_config()
        config["threshold"] = self.threshold
        return config
