# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: Input(shape=(1, 10)) makes every example a 1x10 matrix: the output is (1, 4) per example, not (4,)
def build_fizzbuzz_model():
    return keras.Sequential([
        keras.Input(shape=(1, 10)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
