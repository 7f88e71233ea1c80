# expect: test_make_alphabet_classifier=0
# why: returns an uncompiled model (the text asks for a compiled one): fit cannot run
def make_alphabet_classifier():
    return keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
