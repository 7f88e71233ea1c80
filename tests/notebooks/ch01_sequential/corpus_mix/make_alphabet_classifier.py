# expect: test_make_alphabet_classifier=3
# why: "a compiled model for the alphabet dataset" need not be recurrent: Embedding -> Flatten -> Dense learns the 52 windows
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Embedding(26, 16),
        layers.Flatten(),
        layers.Dense(128, activation="relu"),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
