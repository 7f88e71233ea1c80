# expect: test_alphabet_architecture=2, test_alphabet_compile=1
# why: Embedding(..., input_length=timesteps) is a deprecated Keras 2 argument (Keras 3 warns and ignores it)
# source: seed 001 (Embedding(input_dim=10000, output_dim=256, input_length=100))
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(input_dim=26, output_dim=8, input_length=timesteps),
        layers.LSTM(32),
        layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
