# expect: test_save_and_reload=0
# why: save_weights into another file and a rebuilt clone: no .keras file at the path, no optimizer state
def save_and_reload(model, path):
    weights = path.replace(".keras", ".weights.h5")
    model.save_weights(weights)
    clone = keras.models.clone_model(model)
    clone.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy",
                  metrics=["accuracy", BinaryF1(threshold=0.3)])
    clone.load_weights(weights)
    return clone
