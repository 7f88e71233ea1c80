# expect: test_churn_model=5
# why: activation functions passed as objects (keras.activations.relu, tf.nn.sigmoid for the output unit), dtype=tf.string Inputs, per-layer adapt on Series values; the same model the text describes
def build_churn_model(train_frame):
    inputs, pieces = [], []
    for name in NUMERIC:
        x_in = keras.Input(shape=(1,), name=name)
        norm = keras.layers.Normalization(axis=-1, name=name + "_normalized")
        norm.adapt(train_frame[name].values.astype("float32").reshape(-1, 1))
        inputs.append(x_in)
        pieces.append(norm(x_in))
    for name in CATEGORICAL:
        x_in = keras.Input(shape=(1,), name=name, dtype=tf.string)
        lookup = keras.layers.StringLookup(output_mode="one_hot", name=name + "_one_hot")
        lookup.adapt(train_frame[name].values.astype(str))
        inputs.append(x_in)
        pieces.append(lookup(x_in))
    merged = keras.layers.Concatenate(name="features")(pieces)
    hidden = keras.layers.Dense(16, activation=keras.activations.relu)(merged)
    output = keras.layers.Dense(1, activation=tf.nn.sigmoid, name="churn")(hidden)
    model = keras.Model(inputs=inputs, outputs=output)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="binary_crossentropy", metrics=["binary_accuracy"])
    return model
