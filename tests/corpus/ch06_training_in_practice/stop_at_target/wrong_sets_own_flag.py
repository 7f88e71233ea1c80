# expect: test_stop_at_target=0
# why: self.stop_training on the callback instead of self.model.stop_training
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor
        self.target = target
        self.stop_training = False

    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get(self.monitor, 0) >= self.target:
            self.stop_training = True
