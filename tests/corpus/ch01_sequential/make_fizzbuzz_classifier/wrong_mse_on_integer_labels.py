# expect: test_make_fizzbuzz_classifier=0
# why: mean squared error between integer labels and 4 probabilities (broadcast) does not train a classifier
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse", metrics=["accuracy"])
    return model
