# expect: test_make_fizzbuzz_classifier=0
# why: reuses build_fizzbuzz_model() but compiles with Adam at learning_rate=0.0001: stays near the 0.53 baseline in 30 epochs, under 0.65: 0 points
# source: the hand-written scenario tests/notebooks/ch01_sequential/wrong_tiny_learning_rate (before the corpus)
def make_fizzbuzz_classifier():
    model = build_fizzbuzz_model()
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0001),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
