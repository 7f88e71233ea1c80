# expect: test_make_fizzbuzz_classifier=0
# why: learning_rate=0.0001 (the seed's value, correctly spelled): stays near the 0.53 baseline within 20 epochs
# source: seed 000
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0001),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
