# expect: test_build_pair_model=3
# why: model inputs [left, right] as asked; the encodings are concatenated as [right, left], which the exercise leaves free ("the two encodings concatenated")
def build_pair_model():
    left = keras.Input(shape=(8,), name="left")
    right = keras.Input(shape=(8,), name="right")
    shared = layers.Dense(16, activation="relu")
    merged = layers.concatenate([shared(right), shared(left)])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
