# expect: test_make_fizzbuzz_classifier=0
# why: optimizer="sgd" (default learning rate 0.01, no momentum) is far too slow for FizzBuzz in 20 epochs
# source: seed 003 (optimizer='sgd')
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
