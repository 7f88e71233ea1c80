# expect: test_logits_model=3
# why: loss given as a named function that calls keras.losses.binary_crossentropy(..., from_logits=True)
def bce_from_logits(y_true, y_pred):
    return keras.losses.binary_crossentropy(y_true, y_pred, from_logits=True)


def build_logits_model():
    inputs = keras.Input(shape=(8,), name="features")
    x = keras.layers.Dense(16, activation="relu")(inputs)
    outputs = keras.layers.Dense(1)(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=bce_from_logits)
    return model
