# expect: test_alphabet_architecture=0, test_alphabet_compile=1
# why: ignores its argument: the input always has 3 letters (passes the visible test, not build_alphabet_model(5))
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(3,)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
