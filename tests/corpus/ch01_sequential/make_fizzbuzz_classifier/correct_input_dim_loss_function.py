# expect: test_make_fizzbuzz_classifier=5
# why: old-style input_dim= (deprecated, warns), loss given as a function, Adam at 0.002
def make_fizzbuzz_classifier():
    model = keras.Sequential([
        layers.Dense(1024, activation="relu", input_dim=10),
        layers.Dense(512, activation="relu"),
        layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.002),
                  loss=keras.losses.sparse_categorical_crossentropy, metrics=["accuracy"])
    return model
