# expect: test_two_output_architecture=2, test_two_output_compile=2
# why: losses and loss weights as lists in the order of the outputs [value, positive] instead of dicts
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    model = keras.Model(inputs=inputs, outputs=[value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss=["mse", "binary_crossentropy"], loss_weights=[1.0, 0.2])
    return model
