# expect: test_alphabet_architecture=2, test_alphabet_compile=1
# why: the input shape given to the Embedding (deprecated input_shape=, warns) instead of keras.Input
def build_alphabet_model(timesteps):
    model = keras.Sequential()
    model.add(layers.Embedding(26, 8, input_shape=(timesteps,)))
    model.add(layers.LSTM(32))
    model.add(layers.Dense(26, activation="softmax"))
    model.compile(loss="sparse_categorical_crossentropy",
                  optimizer=keras.optimizers.Adam(learning_rate=0.01), metrics=["accuracy"])
    return model
