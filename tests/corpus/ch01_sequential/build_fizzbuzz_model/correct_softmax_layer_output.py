# expect: test_build_fizzbuzz_model=3, test_compile_fizzbuzz_model=3
# why: Dense(4) followed by a Softmax() layer computes exactly Dense(4, activation="softmax"); the hidden ReLU() layer likewise
# source: keras docs "Softmax layer" / "ReLU layer"
def build_fizzbuzz_model():
    return keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256),
        layers.ReLU(),
        layers.Dense(4),
        layers.Softmax(),
    ])
