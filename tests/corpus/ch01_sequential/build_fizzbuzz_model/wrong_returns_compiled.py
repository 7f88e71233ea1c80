# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: the text asks for a new, **uncompiled** model; this one is already compiled
def build_fizzbuzz_model():
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
