# expect: test_alphabet_architecture=2, test_alphabet_compile=0
# why: returns the right architecture but never compiles it (the text asks for a compiled model)
def build_alphabet_model(timesteps):
    return keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
