# expect: test_make_fizzbuzz_classifier=0
# why: Dense(..., input_dim=1) copied from seed 004: the model expects one number, FizzBuzz gives 10 bits
# source: seed 004
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        layers.Dense(256, activation="relu", input_dim=1),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
