# expect: test_alphabet_architecture=0, test_alphabet_compile=1
# why: Embedding(8, 26): vocabulary and vector size swapped (8 letters of 26 numbers)
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(8, 26),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
