# expect: test_two_output_architecture=2, test_two_output_compile=2
# why: the "positive" head as Dense(1) followed by an Activation("sigmoid") layer that carries the name "positive"; long loss names
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32)(inputs)
    trunk = layers.ReLU()(trunk)
    value = layers.Dense(1, name="value")(trunk)
    positive_score = layers.Dense(1, name="positive_score")(trunk)
    positive = layers.Activation("sigmoid", name="positive")(positive_score)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss={"value": "mean_squared_error", "positive": "binary_crossentropy"},
                  loss_weights={"value": 1.0, "positive": 0.2})
    return model
