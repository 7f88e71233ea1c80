# expect: test_two_output_architecture=0, test_two_output_compile=2
# why: the regression head gets a ReLU, so it can never predict the negative numbers; the exercise asks for no activation
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, activation="relu", name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss={"value": "mse", "positive": "binary_crossentropy"},
                  loss_weights={"value": 1.0, "positive": 0.2})
    return model
