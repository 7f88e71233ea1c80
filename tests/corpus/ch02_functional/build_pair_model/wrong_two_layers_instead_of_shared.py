# expect: test_build_pair_model=0
# why: two separate Dense(16, relu) layers, one per input, instead of one layer called twice: nothing shared (144 extra parameters), test 0
# source: the hand-written scenario tests/notebooks/ch02_functional/wrong_two_layers_instead_of_shared (before the corpus)
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoded_left = layers.Dense(16, activation="relu")(left)
    encoded_right = layers.Dense(16, activation="relu")(right)    # a second layer: nothing is shared
    merged = layers.concatenate([encoded_left, encoded_right])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
