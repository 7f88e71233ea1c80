# expect: test_logits_model=3
# why: Functional model with a named linear Dense(1) (activation=None), Adam(0.01) positional, from_logits=True loss, extra BinaryAccuracy(threshold=0.0)
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_keras_losses_and_strings (before the corpus)
def build_logits_model():
    inputs = keras.Input(shape=(8,), name="features")
    hidden = keras.layers.Dense(16, activation="relu")(inputs)
    logit = keras.layers.Dense(1, activation=None, name="logit")(hidden)
    model = keras.Model(inputs, logit)
    model.compile(optimizer=keras.optimizers.Adam(0.01),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0)])
    return model
