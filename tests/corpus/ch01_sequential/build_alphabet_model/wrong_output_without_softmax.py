# expect: test_alphabet_architecture=0, test_alphabet_compile=1
# why: the output Dense(26) has no softmax (logits) though the text asks for softmax; the compile settings are right
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        layers.Embedding(26, 8),
        layers.LSTM(32),
        layers.Dense(26),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
