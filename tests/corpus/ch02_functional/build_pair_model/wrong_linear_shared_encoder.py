# expect: test_build_pair_model=0
# why: shared Dense(16) without the ReLU activation
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoder = layers.Dense(16)
    merged = layers.concatenate([encoder(left), encoder(right)])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
