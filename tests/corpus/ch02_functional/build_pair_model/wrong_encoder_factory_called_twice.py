# expect: test_build_pair_model=0
# why: a helper that builds the encoder block is called once per input, so each input gets a new Sequential with its own Dense: nothing is shared
def make_encoder():
    return keras.Sequential([layers.Dense(16, activation="relu")])


def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    merged = layers.concatenate([make_encoder()(left), make_encoder()(right)])
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(merged))
