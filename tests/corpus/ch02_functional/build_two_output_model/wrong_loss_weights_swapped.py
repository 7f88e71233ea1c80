# expect: test_two_output_architecture=2, test_two_output_compile=0
# why: loss weights as a list in the wrong order ([0.2, 1.0] gives value 0.2 and positive 1.0)
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss=["mse", "binary_crossentropy"], loss_weights=[0.2, 1.0])
    return model
