# expect: test_two_output_architecture=2, test_two_output_compile=0
# why: optimizer="adam" keeps the default learning rate 0.001 instead of 0.005
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer="adam", loss={"value": "mse", "positive": "binary_crossentropy"},
                  loss_weights={"value": 1.0, "positive": 0.2})
    return model
