# expect: test_stop_at_target=4
# why: checks membership first, records the epoch, prints nothing; tf.keras base class
class StopAtTarget(tf.keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor, self.target = monitor, target
        self.stopped_epoch = None

    def on_epoch_end(self, epoch, logs=None):
        if logs is not None and self.monitor in logs and not logs[self.monitor] < self.target:
            self.stopped_epoch = epoch
            self.model.stop_training = True
