# expect: test_logits_model=3
# why: Functional API with keras.Input -> Dense(16, relu) -> Dense(1), Adam(0.01), BinaryCrossentropy(from_logits=True)
def build_logits_model():
    inputs = keras.Input(shape=(8,))
    hidden = keras.layers.Dense(16, activation="relu")(inputs)
    logits = keras.layers.Dense(1)(hidden)
    model = keras.Model(inputs=inputs, outputs=logits)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True))
    return model
