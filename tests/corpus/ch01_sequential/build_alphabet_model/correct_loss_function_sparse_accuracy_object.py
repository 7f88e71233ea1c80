# expect: test_alphabet_architecture=2, test_alphabet_compile=1
# why: loss as the function keras.losses.sparse_categorical_crossentropy, metric as SparseCategoricalAccuracy(name="accuracy"), lr written 1e-2
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_add_api_and_objects (before the corpus)
def build_alphabet_model(timesteps):
    model = keras.Sequential([
        keras.Input(shape=(timesteps,)),
        keras.layers.Embedding(26, 8),
        keras.layers.LSTM(32),
        keras.layers.Dense(26, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2),
                  loss=keras.losses.sparse_categorical_crossentropy,
                  metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
    return model
