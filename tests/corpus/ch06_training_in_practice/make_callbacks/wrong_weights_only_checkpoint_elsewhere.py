# expect: test_make_callbacks=0
# why: weights-only checkpoint to another file name: nothing is written at the path given
def make_callbacks(checkpoint_path):
    weights_path = str(checkpoint_path).replace(".keras", ".weights.h5")
    return [keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True),
            keras.callbacks.ModelCheckpoint(weights_path, monitor="val_loss", save_best_only=True, save_weights_only=True),
            keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2)]
