# expect: test_stop_at_target=4
# why: the test in its own method, with a try/except KeyError for a missing metric
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor
        self.target = target

    def reached(self, logs):
        try:
            return logs[self.monitor] >= self.target
        except (KeyError, TypeError):
            return False

    def on_epoch_end(self, epoch, logs=None):
        self.model.stop_training = self.model.stop_training or bool(self.reached(logs))
