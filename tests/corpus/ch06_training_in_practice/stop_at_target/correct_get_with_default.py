# expect: test_stop_at_target=4
# why: logs.get(monitor, -inf): a missing metric never reaches the target
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        if logs.get(self.monitor, float("-inf")) >= self.target:
            self.model.stop_training = True
