# expect: test_make_alphabet_classifier=0
# why: optimizer="adam" at the default 0.001: 10 epochs of 13 steps leave the LSTM far below 0.9 (the text's hint)
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
