# expect: test_two_output_architecture=0, test_two_output_compile=2
# why: output layers left unnamed (dense_N); the exercise asks for the names "value" and "positive" (the positional losses are otherwise right)
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1)(trunk)
    positive = layers.Dense(1, activation="sigmoid")(trunk)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss=["mse", "binary_crossentropy"], loss_weights=[1.0, 0.2])
    return model
