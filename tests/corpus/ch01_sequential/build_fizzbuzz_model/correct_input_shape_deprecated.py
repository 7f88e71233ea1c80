# expect: test_build_fizzbuzz_model=3, test_compile_fizzbuzz_model=3
# why: the text allows it: "the deprecated input_shape= still works, but warns"; the warning must not cost points
def build_fizzbuzz_model():
    return keras.Sequential([
        layers.Dense(256, activation="relu", input_shape=(10,)),
        layers.Dense(4, activation="softmax"),
    ])
