# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: 128 hidden units instead of the 256 the specification asks for
def build_fizzbuzz_model():
    return keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(128, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
