# expect: test_make_fizzbuzz_classifier=0
# why: Adam(lr=0.01) raises ValueError in Keras 3: no model is returned
# source: seed 000
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(lr=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
