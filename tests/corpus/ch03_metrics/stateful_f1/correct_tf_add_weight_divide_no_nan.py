# expect: test_stateful_f1=6
# why: TensorFlow ops, add_weight instead of add_variable, tf.math.divide_no_nan for the 0/0 case
class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.tp = self.add_weight(name="tp", shape=(), initializer="zeros")
        self.fp = self.add_weight(name="fp", shape=(), initializer="zeros")
        self.fn = self.add_weight(name="fn", shape=(), initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = tf.reshape(tf.cast(y_true, tf.float32), [-1])
        y_hat = tf.cast(tf.reshape(y_pred, [-1]) > self.threshold, tf.float32)
        w = tf.ones_like(y_true) if sample_weight is None else tf.reshape(tf.cast(sample_weight, tf.float32), [-1])
        self.tp.assign_add(tf.reduce_sum(w * y_true * y_hat))
        self.fp.assign_add(tf.reduce_sum(w * (1.0 - y_true) * y_hat))
        self.fn.assign_add(tf.reduce_sum(w * y_true * (1.0 - y_hat)))

    def result(self):
        return tf.math.divide_no_nan(2.0 * self.tp, 2.0 * self.tp + self.fp + self.fn)

    def reset_state(self):
        for v in (self.tp, self.fp, self.fn):
            v.assign(tf.zeros_like(v))

    def get_config(self):
        config = super().get_config()
        config.update({"threshold": self.threshold})
        return config
