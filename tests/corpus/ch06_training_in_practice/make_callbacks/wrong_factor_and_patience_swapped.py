# expect: test_make_callbacks=0
# why: patience 2 for early stopping and 3 for the plateau: the numbers of the two are swapped
def make_callbacks(checkpoint_path):
    return [keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True),
            keras.callbacks.ModelCheckpoint(checkpoint_path, monitor="val_loss", save_best_only=True),
            keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=3)]
