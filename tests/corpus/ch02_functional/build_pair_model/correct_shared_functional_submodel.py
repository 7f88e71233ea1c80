# expect: test_build_pair_model=3
# why: the encoder as a small Functional model (Input(8) -> Dense(16, relu)) called on both inputs, shared like a layer
def build_pair_model():
    vector = keras.Input(shape=(8,))
    encoder = keras.Model(vector, layers.Dense(16, activation="relu")(vector), name="encoder")
    left, right = keras.Input(shape=(8,), name="left"), keras.Input(shape=(8,), name="right")
    merged = layers.concatenate([encoder(left), encoder(right)])
    return keras.Model(inputs=[left, right], outputs=layers.Dense(1, activation="sigmoid")(merged))
