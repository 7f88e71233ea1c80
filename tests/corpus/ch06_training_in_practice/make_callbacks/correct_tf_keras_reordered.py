# expect: test_make_callbacks=4
# why: tf.keras spellings, another order, mode and verbose written out
def make_callbacks(checkpoint_path):
    return [
        tf.keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2, mode="min", verbose=0),
        tf.keras.callbacks.ModelCheckpoint(filepath=checkpoint_path, monitor="val_loss", mode="min", save_best_only=True),
        tf.keras.callbacks.EarlyStopping(monitor="val_loss", mode="min", patience=3, restore_best_weights=True),
    ]
