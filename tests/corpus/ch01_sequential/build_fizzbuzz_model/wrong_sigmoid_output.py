# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: sigmoid output instead of softmax (four mutually exclusive classes)
def build_fizzbuzz_model():
    return keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="sigmoid"),
    ])
