# expect: test_stop_at_target=0
# why: `>` instead of `>=`: a value exactly at the target does not stop (scripted run 'exactly'); the fit never lands exactly on it
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        if logs.get(self.monitor, 0) > self.target:
            self.model.stop_training = True
