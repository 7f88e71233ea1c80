# expect: test_build_pair_model=0
# why: Dense(1, activation="softmax") always outputs 1.0; the exercise asks for a sigmoid
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoder = layers.Dense(16, activation="relu")
    merged = layers.concatenate([encoder(left), encoder(right)])
    return keras.Model([left, right], layers.Dense(1, activation="softmax")(merged))
