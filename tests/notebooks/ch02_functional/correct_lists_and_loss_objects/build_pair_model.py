def build_pair_model():
    inputs = [keras.Input(shape=(8,), name=side) for side in ("left", "right")]
    encode = layers.Dense(16, activation="relu", name="shared_encoder")
    encodings = [encode(tensor) for tensor in inputs]
    joined = layers.Concatenate(axis=-1)(encodings)
    return keras.Model(inputs, layers.Dense(1, activation="sigmoid")(joined))
