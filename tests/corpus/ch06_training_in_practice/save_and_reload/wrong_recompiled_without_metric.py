# expect: test_save_and_reload=0
# why: recompiles before saving and drops BinaryF1 (and the optimizer state)
def save_and_reload(model, path):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy", metrics=["accuracy"])
    model.save(path)
    return keras.saving.load_model(path)
