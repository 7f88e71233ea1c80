# expect: test_make_callbacks=0
# why: monitor='loss' watches the training loss, which keeps falling: nothing ever stops
def make_callbacks(checkpoint_path):
    return [keras.callbacks.EarlyStopping(monitor="loss", patience=3, restore_best_weights=True),
            keras.callbacks.ModelCheckpoint(checkpoint_path, monitor="loss", save_best_only=True),
            keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=2)]
