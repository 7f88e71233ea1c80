# expect: test_make_fizzbuzz_classifier=0
# why: a linear softmax classifier on the bits cannot express divisibility: stuck near the baseline
def make_fizzbuzz_classifier():
    model = keras.Sequential([keras.Input(shape=(10,)), layers.Dense(4, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
