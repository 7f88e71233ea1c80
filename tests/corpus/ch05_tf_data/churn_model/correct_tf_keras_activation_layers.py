# expect: test_churn_model=5
# why: tf.keras spelling, tf.nn.relu as the hidden activation, and Dense(1) followed by Activation("sigmoid") (the same output as Dense(1, activation="sigmoid")); explicit Adam defaults
def build_churn_model(train_frame):
    L = tf.keras.layers
    inputs, encoded = [], []
    for name in NUMERIC + CATEGORICAL:
        is_text = name in CATEGORICAL
        tensor = tf.keras.Input(shape=(1,), name=name, dtype="string" if is_text else "float32")
        if is_text:
            layer = L.StringLookup(output_mode="one_hot")
            layer.adapt(train_frame[name].to_numpy().astype(str))
        else:
            layer = L.Normalization()
            layer.adapt(train_frame[name].to_numpy("float32")[:, None])
        inputs.append(tensor)
        encoded.append(layer(tensor))
    x = L.Concatenate()(encoded)
    x = L.Dense(16, activation=tf.nn.relu)(x)
    x = L.Dense(1)(x)
    output = L.Activation("sigmoid")(x)
    model = tf.keras.Model(inputs, output)
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01, beta_1=0.9, beta_2=0.999),
                  loss=tf.keras.losses.BinaryCrossentropy(from_logits=False),
                  metrics=[tf.keras.metrics.BinaryAccuracy()])
    return model
