# expect: test_stop_at_target=0
# why: returning True from on_epoch_end does nothing: fit never stops
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        return (logs or {}).get(self.monitor, 0) >= self.target
