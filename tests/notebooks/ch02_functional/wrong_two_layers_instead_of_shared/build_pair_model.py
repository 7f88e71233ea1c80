def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoded_left = layers.Dense(16, activation="relu")(left)
    encoded_right = layers.Dense(16, activation="relu")(right)    # a second layer: nothing is shared
    merged = layers.concatenate([encoded_left, encoded_right])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
