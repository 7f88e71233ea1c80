# expect: test_build_pair_model=0
# why: two Dense(16) layers, one per input: same shapes and layer kinds, but no shared weights (twice the encoder parameters)
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoded_left = layers.Dense(16, activation="relu")(left)
    encoded_right = layers.Dense(16, activation="relu")(right)
    merged = layers.concatenate([encoded_left, encoded_right])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
