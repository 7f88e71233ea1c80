# expect: test_make_fizzbuzz_classifier=0
# why: categorical_crossentropy with FizzBuzz's integer labels: fit fails on the label shape
# source: seed 000
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="categorical_crossentropy", metrics=["accuracy"])
    return model
