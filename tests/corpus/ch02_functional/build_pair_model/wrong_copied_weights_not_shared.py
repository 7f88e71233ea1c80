# expect: test_build_pair_model=0
# why: two Dense layers whose initial weights are copied; they start equal but train apart: not one shared layer
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    dense_left = layers.Dense(16, activation="relu")
    dense_right = layers.Dense(16, activation="relu")
    encoded_left, encoded_right = dense_left(left), dense_right(right)
    dense_right.set_weights(dense_left.get_weights())
    merged = layers.concatenate([encoded_left, encoded_right])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
