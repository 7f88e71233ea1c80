# expect: test_stop_at_target=0
# why: logs[self.monitor] raises KeyError when the logs do not hold the monitor (the text says: do nothing)
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        if logs[self.monitor] >= self.target:
            self.model.stop_training = True
