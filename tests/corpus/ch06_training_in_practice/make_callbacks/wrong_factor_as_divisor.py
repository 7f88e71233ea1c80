# expect: test_make_callbacks=0
# why: factor=2 read as 'divide by 2': ReduceLROnPlateau refuses a factor >= 1
def make_callbacks(checkpoint_path):
    return [keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True),
            keras.callbacks.ModelCheckpoint(checkpoint_path, monitor="val_loss", save_best_only=True),
            keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=2, patience=2)]
