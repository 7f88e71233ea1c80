def build_fizzbuzz_model():
    return keras.Sequential([
        keras.Input(shape=(10,)),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dense(4, activation="sigmoid"),
    ])
