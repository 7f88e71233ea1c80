# expect: test_logits_model=0
# why: a custom loss function that calls binary_crossentropy without from_logits=True on a linear output: raw scores treated as probabilities
def my_bce(y_true, y_pred):
    return keras.losses.binary_crossentropy(y_true, y_pred)


def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=my_bce)
    return model
