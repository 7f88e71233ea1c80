# expect: test_build_perceptron=3
# why: keras.activations functions as activations and explicit default constructor arguments (use_bias, initializers)
def build_perceptron():
    inputs = keras.Input(shape=(10,), batch_size=None)
    x = inputs
    for units in [10, 20, 10]:
        x = keras.layers.Dense(units, activation=keras.activations.relu, use_bias=True,
                               kernel_initializer="glorot_uniform", bias_initializer="zeros")(x)
    outputs = keras.layers.Dense(1, activation=keras.activations.sigmoid, use_bias=True)(x)
    return keras.models.Model(inputs=inputs, outputs=outputs)
