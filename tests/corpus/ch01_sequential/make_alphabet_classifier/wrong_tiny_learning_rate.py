# expect: test_make_alphabet_classifier=0
# why: learning_rate=0.0001: after 10 short epochs the model is still near chance (1/26)
# source: seed 000
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0001),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
