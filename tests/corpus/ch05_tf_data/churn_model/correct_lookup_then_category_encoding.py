# expect: test_churn_model=5
# why: StringLookup with integer ids followed by CategoryEncoding(num_tokens=vocabulary_size(), one_hot) is the alternative the text names; a function loss and a string metric
def build_churn_model(train_frame):
    inputs, parts = [], []
    for name in NUMERIC:
        tensor = keras.Input(shape=(1,), name=name, dtype="float32")
        norm = keras.layers.Normalization()
        norm.adapt(np.asarray(train_frame[name], dtype="float32").reshape(-1, 1))
        inputs.append(tensor)
        parts.append(norm(tensor))
    for name in CATEGORICAL:
        tensor = keras.Input(shape=(1,), name=name, dtype="string")
        lookup = keras.layers.StringLookup()
        lookup.adapt(train_frame[name].to_numpy())
        encode = keras.layers.CategoryEncoding(num_tokens=lookup.vocabulary_size(), output_mode="one_hot")
        inputs.append(tensor)
        parts.append(encode(lookup(tensor)))
    x = keras.layers.Concatenate(axis=-1)(parts)
    x = keras.layers.Dense(16, activation="relu")(x)
    y = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=inputs, outputs=y, name="churn")
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.binary_crossentropy, metrics=["accuracy"])
    return model
