# expect: test_build_pair_model=0
# why: copies the chapter's siamese example (Subtract) instead of concatenating the encodings
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoder = layers.Dense(16, activation="relu")
    distance = layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(distance))
