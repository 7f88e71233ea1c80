# expect: test_stop_at_target=0
# why: always reads val_accuracy, whatever monitor says: the run on val_f1 never stops; the defaults still work
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("val_accuracy", 0) >= self.target:
            self.model.stop_training = True
