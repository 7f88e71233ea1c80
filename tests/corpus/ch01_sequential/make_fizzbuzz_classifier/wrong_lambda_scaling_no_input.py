# expect: test_make_fizzbuzz_classifier=0
# why: a Lambda layer runs arbitrary Python code and is not accepted by the grader (the course's message says what to
#      use instead); the model has no Input, so it is built only by fit
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        layers.Lambda(lambda bits: bits * 2.0 - 1.0),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
