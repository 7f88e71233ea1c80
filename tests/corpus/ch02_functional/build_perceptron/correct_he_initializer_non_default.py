# expect: test_build_perceptron=3
# why: non-default but harmless constructor arguments (he_normal kernels, small constant biases, layer names): same layers, units and activations
def build_perceptron():
    inputs = keras.Input(shape=(10,), name="x")
    x = layers.Dense(10, activation="relu", kernel_initializer="he_normal",
                     bias_initializer=keras.initializers.Constant(0.01), name="h1")(inputs)
    x = layers.Dense(20, activation="relu", kernel_initializer="he_normal",
                     bias_initializer=keras.initializers.Constant(0.01), name="h2")(x)
    x = layers.Dense(10, activation="relu", kernel_initializer="he_normal",
                     bias_initializer=keras.initializers.Constant(0.01), name="h3")(x)
    return keras.Model(inputs, layers.Dense(1, activation="sigmoid", name="out")(x))
