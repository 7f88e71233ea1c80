# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: no keras.Input and no input_shape: the model does not know its input shape when returned (not built), which the
#      text requires ("the model must know its input shape when you return it")
def build_fizzbuzz_model():
    return keras.Sequential([
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
