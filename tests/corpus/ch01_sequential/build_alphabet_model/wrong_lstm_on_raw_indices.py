# expect: test_alphabet_architecture=0, test_alphabet_compile=1
# why: no Embedding: feeds the letter indices (scaled to 0..1) straight into the LSTM, as in older tutorials
# source: course/datasets/alphabet.py docstring ("or x[..., None] / 25 to an LSTM") / seed 002 workshop
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Reshape((timesteps, 1)),
        layers.Rescaling(1 / 25),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
