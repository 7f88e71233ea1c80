# expect: test_stateful_f1=6
# why: counts TP, predicted positives and actual positives: 2TP/(PP+AP) equals 2TP/(2TP+FP+FN)
from keras import ops


class BinaryF1(keras.metrics.Metric):
    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.true_positives = self.add_variable(shape=(), initializer="zeros", name="true_positives")
        self.predicted_positives = self.add_variable(shape=(), initializer="zeros", name="predicted_positives")
        self.actual_positives = self.add_variable(shape=(), initializer="zeros", name="actual_positives")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = ops.cast(ops.reshape(y_true, (-1,)), "float32")
        y_hat = ops.cast(ops.reshape(y_pred, (-1,)) > self.threshold, "float32")
        if sample_weight is None:
            sample_weight = ops.ones_like(y_true)
        sample_weight = ops.cast(ops.reshape(sample_weight, (-1,)), "float32")
        self.true_positives.assign_add(ops.sum(y_true * y_hat * sample_weight))
        self.predicted_positives.assign_add(ops.sum(y_hat * sample_weight))
        self.actual_positives.assign_add(ops.sum(y_true * sample_weight))

    def result(self):
        return ops.divide_no_nan(2.0 * self.true_positives,
                                 self.predicted_positives + self.actual_positives)

    def reset_state(self):
        self.true_positives.assign(0.0)
        self.predicted_positives.assign(0.0)
        self.actual_positives.assign(0.0)

    def get_config(self):
        config = super().get_config()
        config["threshold"] = self.threshold
        return config
