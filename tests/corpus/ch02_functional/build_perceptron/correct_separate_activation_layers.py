# expect: test_build_perceptron=3
# why: Dense without activation followed by a ReLU() / Activation("sigmoid") layer is the same function as Dense(..., activation=...)
def build_perceptron():
    inputs = keras.Input(shape=(10,))
    x = layers.Dense(10)(inputs)
    x = layers.ReLU()(x)
    x = layers.Dense(20)(x)
    x = layers.Activation("relu")(x)
    x = layers.Dense(10)(x)
    x = layers.ReLU()(x)
    x = layers.Dense(1)(x)
    outputs = layers.Activation("sigmoid")(x)
    return keras.Model(inputs, outputs)
