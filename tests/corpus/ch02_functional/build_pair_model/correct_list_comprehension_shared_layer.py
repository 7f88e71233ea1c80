# expect: test_build_pair_model=3
# why: inputs made in a list comprehension, one named Dense(16, relu) applied to each in another, then Concatenate: the layer is shared
# source: the hand-written scenario tests/notebooks/ch02_functional/correct_lists_and_loss_objects (before the corpus)
def build_pair_model():
    inputs = [keras.Input(shape=(8,), name=side) for side in ("left", "right")]
    encode = layers.Dense(16, activation="relu", name="shared_encoder")
    encodings = [encode(tensor) for tensor in inputs]
    joined = layers.Concatenate(axis=-1)(encodings)
    return keras.Model(inputs, layers.Dense(1, activation="sigmoid")(joined))
