# expect: test_build_fizzbuzz_model=3, test_compile_fizzbuzz_model=3
# why: input_dim=10 is the older spelling of input_shape=(10,) (deprecated, warns, still builds the same model)
# source: seed 004 (Dense(2, input_dim=1))
def build_fizzbuzz_model():
    model = keras.Sequential()
    model.add(layers.Dense(256, input_dim=10, activation="relu"))
    model.add(layers.Dense(4, activation="softmax"))
    return model
