# expect: test_alphabet_architecture=2, test_alphabet_compile=1
# why: Dense(26) + Softmax() layer is Dense(26, activation="softmax"); loss as an object; Adam's positional learning rate
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26),
        layers.Softmax(),
    ], name="next_letter")
    model.compile(optimizer=keras.optimizers.Adam(0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
    return model
