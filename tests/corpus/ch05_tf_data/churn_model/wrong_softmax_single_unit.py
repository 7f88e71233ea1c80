# expect: test_churn_model=0
# why: Dense(1, activation="softmax"): a softmax over one unit is always 1.0, the model always answers churn
def _encoded_inputs(train_frame, adapt=True, one_hot=True):
    inputs, encoded = [], []
    for name in NUMERIC:
        tensor = keras.Input(shape=(1,), name=name)
        norm = keras.layers.Normalization()
        if adapt:
            norm.adapt(train_frame[name].to_numpy("float32")[:, None])
        inputs.append(tensor)
        encoded.append(norm(tensor))
    for name in CATEGORICAL:
        tensor = keras.Input(shape=(1,), name=name, dtype="string")
        lookup = keras.layers.StringLookup(output_mode="one_hot" if one_hot else "int")
        lookup.adapt(train_frame[name].to_numpy())
        inputs.append(tensor)
        encoded.append(lookup(tensor))
    return inputs, encoded

def build_churn_model(train_frame):
    inputs, encoded = _encoded_inputs(train_frame)
    x = keras.layers.Dense(16, activation="relu")(keras.layers.Concatenate()(encoded))
    model = keras.Model(inputs, keras.layers.Dense(1, activation="softmax")(x))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy", metrics=["accuracy"])
    return model
