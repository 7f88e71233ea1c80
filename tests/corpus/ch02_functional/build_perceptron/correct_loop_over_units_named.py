# expect: test_build_perceptron=3
# why: hidden layers built in a loop over (10, 20, 10), with layer names, model name and an explicit float32 input dtype
def build_perceptron():
    inputs = keras.Input(shape=(10,), dtype="float32", name="features")
    x = inputs
    for index, units in enumerate((10, 20, 10), start=1):
        x = layers.Dense(units, activation="relu", name=f"hidden{index}")(x)
    outputs = layers.Dense(1, activation="sigmoid", name="probability")(x)
    return keras.Model(inputs=inputs, outputs=outputs, name="perceptron")
