# expect: test_alphabet_architecture=0, test_alphabet_compile=1
# why: LSTM(return_sequences=True) gives one prediction per time step, output (timesteps, 26) instead of (26,)
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(26, 8),
        layers.LSTM(32, return_sequences=True),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
