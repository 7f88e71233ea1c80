# expect: test_make_alphabet_classifier=0
# why: LSTM(return_sequences=True) predicts one letter per window position, not the next letter of the window
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Embedding(26, 8),
        layers.LSTM(32, return_sequences=True),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
