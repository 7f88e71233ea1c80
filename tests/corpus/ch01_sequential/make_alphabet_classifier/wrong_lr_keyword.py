# expect: test_make_alphabet_classifier=0
# why: Adam(lr=0.01) raises ValueError in Keras 3
# source: seed 000
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(lr=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
