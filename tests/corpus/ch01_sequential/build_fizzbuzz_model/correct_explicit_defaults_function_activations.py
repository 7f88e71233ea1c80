# expect: test_build_fizzbuzz_model=3, test_compile_fizzbuzz_model=3
# why: activation functions from keras.activations, explicit default arguments, a float32 Input given as a list and a name change nothing
def build_fizzbuzz_model():
    inputs = keras.Input(shape=[10], dtype="float32", name="binary_digits")
    hidden = keras.layers.Dense(units=256, activation=keras.activations.relu, use_bias=True,
                                kernel_initializer="glorot_uniform", bias_initializer="zeros")
    output = keras.layers.Dense(units=4, activation=keras.activations.softmax, use_bias=True)
    return keras.Sequential([inputs, hidden, output], name="fizzbuzz_mlp")
