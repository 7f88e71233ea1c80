# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: returns one module-level model on every call, not a new model (two calls share weights)
_fizzbuzz_model = keras.Sequential([
    keras.Input(shape=(10,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(4, activation="softmax"),
])


def build_fizzbuzz_model():
    return _fizzbuzz_model
