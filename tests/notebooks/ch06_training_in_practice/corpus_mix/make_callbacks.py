# expect: test_make_callbacks=4
# why: a list built step by step, settings passed as a dict
def make_callbacks(checkpoint_path):
    callbacks = []
    callbacks.append(keras.callbacks.EarlyStopping(**{"monitor": "val_loss", "patience": 3, "restore_best_weights": True}))
    callbacks.append(keras.callbacks.ModelCheckpoint(str(checkpoint_path), monitor="val_loss", save_best_only=True,
                                                     save_weights_only=False))
    callbacks.append(keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=1 / 2, patience=2, min_lr=0))
    return callbacks
