# expect: test_churn_model=5
# why: the four numeric Inputs concatenated first and standardised by ONE Normalization adapted on the (n, 4) numeric block of train_frame (the text allows it); list of Inputs
def build_churn_model(train_frame):
    numeric_inputs = [keras.Input(shape=(1,), name=name) for name in NUMERIC]
    string_inputs = [keras.Input(shape=(1,), name=name, dtype="string") for name in CATEGORICAL]
    normalizer = keras.layers.Normalization(axis=-1)
    normalizer.adapt(train_frame[NUMERIC].to_numpy("float32"))
    numeric = normalizer(keras.layers.Concatenate()(numeric_inputs))
    one_hots = []
    for name, tensor in zip(CATEGORICAL, string_inputs):
        lookup = keras.layers.StringLookup(output_mode="one_hot")
        lookup.adapt(train_frame[name].to_numpy())
        one_hots.append(lookup(tensor))
    features = keras.layers.concatenate([numeric] + one_hots)
    hidden = keras.layers.Dense(16, activation="relu")(features)
    churn_probability = keras.layers.Dense(1, activation="sigmoid")(hidden)
    model = keras.Model(numeric_inputs + string_inputs, churn_probability)
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="binary_crossentropy", metrics=["accuracy"])
    return model
