# expect: test_two_output_architecture=2, test_two_output_compile=0
# why: returns the model without compiling it; the exercise asks for a compiled model
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    return keras.Model(inputs, [value, positive])
