# expect: test_stateful_f1=6
# why: accumulates weighted TP, predicted and actual positives; result 2PR/(P+R) with epsilon guards: the F1 of all batches, 0 when nothing is positive
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_f1_from_precision_and_recall (before the corpus)
class BinaryF1(keras.metrics.Metric):
    """F1 of everything seen since the last reset."""

    def __init__(self, threshold=0.5, name="binary_f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.true_positives = self.add_variable(shape=(), initializer="zeros", name="true_positives")
        self.predicted_positives = self.add_variable(shape=(), initializer="zeros", name="predicted_positives")
        self.actual_positives = self.add_variable(shape=(), initializer="zeros", name="actual_positives")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = ops.cast(ops.reshape(y_true, (-1,)), "float32")
        y_hat = ops.cast(ops.greater(ops.reshape(y_pred, (-1,)), self.threshold), "float32")
        if sample_weight is not None:
            w = ops.cast(ops.reshape(sample_weight, (-1,)), "float32")
            y_true, y_hat = y_true * w, y_hat * w
        self.true_positives.assign_add(ops.sum(y_true * ops.cast(y_hat > 0, "float32")))
        self.predicted_positives.assign_add(ops.sum(y_hat))
        self.actual_positives.assign_add(ops.sum(y_true))

    def result(self):
        eps = keras.config.epsilon()
        precision = self.true_positives / (self.predicted_positives + eps)
        recall = self.true_positives / (self.actual_positives + eps)
        return 2 * precision * recall / (precision + recall + eps)

    def reset_state(self):
        self.true_positives.assign(0.0)
        self.predicted_positives.assign(0.0)
        self.actual_positives.assign(0.0)

    def get_config(self):
        return dict(super().get_config(), threshold=self.threshold)
