# expect: test_churn_model=5
# why: Inputs kept in a dict and passed as a dict to keras.Model; loss and metric given as objects (BinaryCrossentropy, BinaryAccuracy named "accuracy"); Adam(learning_rate=1e-2)
from keras import layers

def build_churn_model(train_frame):
    inputs, encoded = {}, []
    for name in NUMERIC:
        inputs[name] = keras.Input(shape=(1,), name=name)
        norm = layers.Normalization(name=f"norm_{name}")
        norm.adapt(train_frame[name].to_numpy("float32")[:, None])
        encoded.append(norm(inputs[name]))
    for name in CATEGORICAL:
        inputs[name] = keras.Input(shape=(1,), name=name, dtype="string")
        lookup = layers.StringLookup(output_mode="one_hot", name=f"lookup_{name}")
        lookup.adapt(train_frame[name].to_numpy().astype(str))
        encoded.append(lookup(inputs[name]))
    x = layers.Concatenate()(encoded)
    x = layers.Dense(16, activation="relu")(x)
    output = layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=inputs, outputs=output)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2),
                  loss=keras.losses.BinaryCrossentropy(),
                  metrics=[keras.metrics.BinaryAccuracy(name="accuracy")])
    return model
