# expect: test_stop_at_target=0
# why: strips the val_ prefix and watches the training metric, which reaches the target earlier
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor.replace("val_", "")
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get(self.monitor, 0) >= self.target:
            self.model.stop_training = True
