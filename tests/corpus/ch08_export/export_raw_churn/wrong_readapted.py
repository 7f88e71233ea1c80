# expect: test_export_raw_churn=0
# why: rebuilds the preprocessing adapted on the training frame df instead of using preprocess as given
def export_raw_churn(preprocess, head, directory):
    inputs, encoded = {}, []
    for name in NUMERIC:
        inputs[name] = keras.Input(shape=(1,), name=name)
        normalize = keras.layers.Normalization()
        normalize.adapt(df[name].to_numpy("float32")[:, None])
        encoded.append(normalize(inputs[name]))
    for name in CATEGORICAL:
        inputs[name] = keras.Input(shape=(1,), name=name, dtype="string")
        lookup = keras.layers.StringLookup(output_mode="one_hot")
        lookup.adapt(df[name].to_numpy())
        encoded.append(lookup(inputs[name]))
    keras.Model(inputs, head(keras.layers.Concatenate()(encoded))).export(directory, verbose=False)
