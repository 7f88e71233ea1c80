# expect: test_make_fizzbuzz_classifier=0
# why: ReLU on the output layer instead of softmax: the "probabilities" are not normalised and often zero
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="relu"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
