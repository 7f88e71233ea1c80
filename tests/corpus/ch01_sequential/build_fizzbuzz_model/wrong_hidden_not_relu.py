# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: the hidden layer has no activation (linear): the text asks for ReLU
def build_fizzbuzz_model():
    model = keras.Sequential()
    model.add(keras.Input(shape=(10,)))
    model.add(layers.Dense(256))
    model.add(layers.Dense(4, activation="softmax"))
    return model
