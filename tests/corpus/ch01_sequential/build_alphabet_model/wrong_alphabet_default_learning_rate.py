# expect: test_alphabet_architecture=2, test_alphabet_compile=0
# why: optimizer="adam" keeps the default learning rate 0.001 instead of the required 0.01: compile test 0; the layers are right
# source: the hand-written scenario tests/notebooks/ch01_sequential/wrong_alphabet_default_learning_rate (before the corpus)
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        keras.layers.Embedding(26, 8),
        keras.layers.LSTM(32),
        keras.layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
