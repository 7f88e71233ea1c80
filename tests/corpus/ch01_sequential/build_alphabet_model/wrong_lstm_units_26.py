# expect: test_alphabet_architecture=0, test_alphabet_compile=1
# why: LSTM(26) (one unit per letter) instead of the 32 units the text asks for
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(26, 8),
        layers.LSTM(26),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
