# expect: test_build_pair_model=0
# why: the shared layer has 8 units (the input width) instead of 16
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoder = layers.Dense(8, activation="relu")
    merged = layers.concatenate([encoder(left), encoder(right)])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
