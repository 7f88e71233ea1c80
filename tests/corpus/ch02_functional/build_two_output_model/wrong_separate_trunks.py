# expect: test_two_output_architecture=0, test_two_output_compile=2
# why: each head gets its own Dense(32) trunk; the exercise asks for one shared trunk
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    value = layers.Dense(1, name="value")(layers.Dense(32, activation="relu")(inputs))
    positive = layers.Dense(1, activation="sigmoid", name="positive")(layers.Dense(32, activation="relu")(inputs))
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss={"value": "mse", "positive": "binary_crossentropy"},
                  loss_weights={"value": 1.0, "positive": 0.2})
    return model
