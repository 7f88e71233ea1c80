# expect: test_two_output_architecture=2, test_two_output_compile=0
# why: right architecture, but loss_weights {"value": 0.2, "positive": 1.0} swap the required 1.0/0.2: the compile test reads them by name and fails
# source: the hand-written scenario tests/notebooks/ch02_functional/wrong_loss_weights_swapped (before the corpus)
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss={"value": "mse", "positive": "binary_crossentropy"},
                  loss_weights={"value": 0.2, "positive": 1.0})
    return model
