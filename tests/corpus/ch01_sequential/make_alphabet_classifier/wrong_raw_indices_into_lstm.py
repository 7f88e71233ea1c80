# expect: test_make_alphabet_classifier=0
# why: letter indices fed to the LSTM as unscaled numbers (0..25), no Embedding: a category treated as a quantity
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Reshape((x_ab.shape[1], 1)),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
