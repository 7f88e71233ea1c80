# expect: test_build_pair_model=0
# why: concatenates the raw inputs and applies one Dense(16) once; the layer is not applied to each input
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    hidden = layers.Dense(16, activation="relu")(layers.concatenate([left, right]))
    return keras.Model([left, right], layers.Dense(1, activation="sigmoid")(hidden))
