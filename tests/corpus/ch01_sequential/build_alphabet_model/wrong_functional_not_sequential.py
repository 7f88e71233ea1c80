# expect: test_alphabet_architecture=0, test_alphabet_compile=1
# why: the text asks for a Sequential model; this is a Functional keras.Model with the same layers and settings
def build_alphabet_model(timesteps):
    letters = keras.Input(shape=(timesteps,))
    vectors = layers.Embedding(26, 8)(letters)
    state = layers.LSTM(32)(vectors)
    probabilities = layers.Dense(26, activation="softmax")(state)
    model = keras.Model(letters, probabilities)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
