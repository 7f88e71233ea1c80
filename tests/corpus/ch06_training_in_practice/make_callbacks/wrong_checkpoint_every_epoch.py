# expect: test_make_callbacks=0
# why: save_best_only left at False: the file is rewritten every epoch and ends with the last weights
def make_callbacks(checkpoint_path):
    return [keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True),
            keras.callbacks.ModelCheckpoint(checkpoint_path, monitor="val_loss"),
            keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2)]
