# expect: test_churn_model=0
# why: adapts the preprocessing layers on the notebook's global df instead of train_frame, the function's argument; the text asks to adapt on train_frame
def build_churn_model(train_frame):
    inputs, encoded = {}, []
    for name in NUMERIC:
        inputs[name] = keras.Input(shape=(1,), name=name)
        norm = keras.layers.Normalization()
        norm.adapt(df[name].to_numpy("float32")[:, None])
        encoded.append(norm(inputs[name]))
    for name in CATEGORICAL:
        inputs[name] = keras.Input(shape=(1,), name=name, dtype="string")
        lookup = keras.layers.StringLookup(output_mode="one_hot")
        lookup.adapt(df[name].to_numpy())
        encoded.append(lookup(inputs[name]))
    hidden = keras.layers.Dense(16, activation="relu")(keras.layers.Concatenate()(encoded))
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(hidden))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy",
                  metrics=["accuracy"])
    return model
