# expect: test_stop_at_target=0
# why: on_train_batch_end sees only the training logs of a batch: val_accuracy is never there
class StopAtTarget(keras.callbacks.Callback):
    def __init__(self, monitor="val_accuracy", target=0.9):
        super().__init__()
        self.monitor = monitor
        self.target = target

    def on_train_batch_end(self, batch, logs=None):
        if (logs or {}).get(self.monitor, 0) >= self.target:
            self.model.stop_training = True
