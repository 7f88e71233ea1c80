# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: two hidden layers of 256 where the text asks for one hidden Dense layer
def build_fizzbuzz_model():
    return keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
