# expect: test_build_pair_model=3
# why: shared Dense(16) without activation followed by one shared ReLU() layer (same function as Dense(16, activation="relu")); output Dense(1) then Activation("sigmoid")
def build_pair_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    dense = layers.Dense(16)
    relu = layers.ReLU()
    codes = [relu(dense(x)) for x in (left, right)]
    merged = layers.concatenate(codes)
    output = layers.Activation("sigmoid")(layers.Dense(1)(merged))
    return keras.Model([left, right], output)
