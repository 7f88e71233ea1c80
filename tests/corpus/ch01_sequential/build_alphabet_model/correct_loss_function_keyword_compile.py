# expect: test_alphabet_architecture=2, test_alphabet_compile=1
# why: loss given as the function keras.losses.sparse_categorical_crossentropy; activation as keras.activations.softmax
def build_alphabet_model(timesteps):
    embedding = keras.layers.Embedding(input_dim=26, output_dim=8)
    lstm = keras.layers.LSTM(32)
    output = keras.layers.Dense(26, activation=keras.activations.softmax)
    model = keras.Sequential([keras.layers.InputLayer(shape=(timesteps,)), embedding, lstm, output])
    model.compile(keras.optimizers.Adam(learning_rate=0.01), keras.losses.sparse_categorical_crossentropy,
                  metrics=["accuracy"])
    return model
