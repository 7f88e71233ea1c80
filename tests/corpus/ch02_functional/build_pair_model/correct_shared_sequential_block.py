# expect: test_build_pair_model=3
# why: the one Dense(16, relu) wrapped in a Sequential block that is called on both inputs: the block (and its Dense) is shared
def build_pair_model():
    encoder = keras.Sequential([layers.Dense(16, activation="relu")], name="encoder")
    left, right = keras.Input(shape=(8,)), keras.Input(shape=(8,))
    merged = layers.concatenate([encoder(left), encoder(right)])
    output = layers.Dense(1, activation="sigmoid")(merged)
    return keras.Model([left, right], output)
