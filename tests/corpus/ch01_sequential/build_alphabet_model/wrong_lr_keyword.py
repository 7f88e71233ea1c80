# expect: test_alphabet_architecture=0, test_alphabet_compile=0
# why: Adam(lr=0.01): removed in Keras 3, raises ValueError, so the function never returns a model
# source: seed 000
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(lr=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
