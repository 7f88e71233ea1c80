# expect: test_churn_model=5
# why: one Normalization adapted on the (n, 4) numeric block, StringLookup + CategoryEncoding one-hot per string column; Adam(0.01), BCE and BinaryAccuracy objects
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_windows_and_lookup_variants (before the corpus)
def build_churn_model(train_frame):
    numeric_inputs = [keras.Input(shape=(1,), name=name) for name in NUMERIC]
    numeric = keras.layers.Concatenate()(numeric_inputs)
    normalizer = keras.layers.Normalization()
    normalizer.adapt(train_frame[NUMERIC].to_numpy("float32"))
    features = [normalizer(numeric)]
    string_inputs = []
    for name in CATEGORICAL:
        raw = keras.Input(shape=(1,), name=name, dtype="string")
        lookup = keras.layers.StringLookup()
        lookup.adapt(train_frame[name].to_numpy())
        one_hot = keras.layers.CategoryEncoding(num_tokens=lookup.vocabulary_size(), output_mode="one_hot")
        features.append(one_hot(lookup(raw)))
        string_inputs.append(raw)
    x = keras.layers.Concatenate()(features)
    x = keras.layers.Dense(16, activation="relu")(x)
    output = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(numeric_inputs + string_inputs, output)
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss=keras.losses.BinaryCrossentropy(),
                  metrics=[keras.metrics.BinaryAccuracy()])
    return model
