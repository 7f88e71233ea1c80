# expect: test_make_callbacks=4
# why: every default written out (min_delta, cooldown, save_freq, baseline) changes nothing
def make_callbacks(checkpoint_path):
    return [keras.callbacks.EarlyStopping(monitor="val_loss", min_delta=0, patience=3, baseline=None,
                                          restore_best_weights=True, start_from_epoch=0),
            keras.callbacks.ModelCheckpoint(checkpoint_path, monitor="val_loss", save_best_only=True, save_freq="epoch"),
            keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2, min_delta=1e-4, cooldown=0)]
