# expect: test_make_callbacks=0
# why: without restore_best_weights the model keeps the last epoch's weights, patience epochs past the best (ch04's EarlyStopping)
# source: keras docs: EarlyStopping keeps the last weights unless restore_best_weights=True
def make_callbacks(checkpoint_path):
    return [keras.callbacks.EarlyStopping(monitor="val_loss", patience=3),
            keras.callbacks.ModelCheckpoint(checkpoint_path, monitor="val_loss", save_best_only=True),
            keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2)]
