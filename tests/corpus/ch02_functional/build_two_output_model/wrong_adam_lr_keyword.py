# expect: test_two_output_architecture=0, test_two_output_compile=0
# why: Adam(lr=0.005) from old tutorials: Keras 3 raises "Argument(s) not recognized", so the builder fails
# source: seed 000 (Adam(lr = 0.0001) / Adam(lr=0.001))
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(lr=0.005),
                  loss={"value": "mse", "positive": "binary_crossentropy"},
                  loss_weights={"value": 1.0, "positive": 0.2})
    return model
