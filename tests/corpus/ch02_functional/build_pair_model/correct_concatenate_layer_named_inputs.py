# expect: test_build_pair_model=3
# why: named inputs, one named Dense object called twice, the Concatenate layer class instead of the function
def build_pair_model():
    left = keras.Input(shape=(8,), name="left")
    right = keras.Input(shape=(8,), name="right")
    encoder = layers.Dense(16, activation="relu", name="shared_encoder")
    joined = layers.Concatenate(axis=-1)([encoder(left), encoder(right)])
    same = layers.Dense(1, activation="sigmoid", name="same")(joined)
    return keras.Model(inputs=[left, right], outputs=same, name="pair")
