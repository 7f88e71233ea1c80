# expect: test_stop_at_target=4
# why: extra keyword arguments passed to the base class; the value converted with float()
class StopAtTarget(keras.callbacks.Callback):
    """Stop when the monitored value reaches the target."""

    def __init__(self, monitor="val_accuracy", target=0.9, **kwargs):
        super().__init__(**kwargs)
        self.monitor = monitor
        self.target = float(target)

    def on_epoch_end(self, epoch, logs=None):
        value = (logs or {}).get(self.monitor)
        if value is None:
            return
        if float(value) >= self.target:
            self.model.stop_training = True
