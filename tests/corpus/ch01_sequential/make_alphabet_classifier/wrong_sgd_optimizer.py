# expect: test_make_alphabet_classifier=0
# why: optimizer="sgd" (plain SGD at 0.01) barely moves the LSTM in 130 steps: far below 0.6
# source: seed 003 (optimizer='sgd')
def make_alphabet_classifier():
    model = keras.Sequential([
        keras.Input(shape=(x_ab.shape[1],)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
