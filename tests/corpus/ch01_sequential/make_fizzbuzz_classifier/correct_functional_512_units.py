# expect: test_make_fizzbuzz_classifier=5
# why: "or design your own": a Functional model with one 512-unit ReLU layer and a softmax output, Adam at 0.005; trains past 0.80 in 30 epochs
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_functional_and_own_design (before the corpus)
def make_fizzbuzz_classifier():
    # my own design, with the Functional API: a wider hidden layer, a slightly smaller learning rate
    bits = keras.Input(shape=(10,), name="bits")
    hidden = keras.layers.Dense(512, activation="relu", name="hidden")(bits)
    classes = keras.layers.Dense(4, activation="softmax", name="classes")(hidden)
    model = keras.Model(bits, classes)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
