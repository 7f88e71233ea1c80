# expect: test_logits_model=0
# why: right layers but compiled with plain "binary_crossentropy" (from_logits=False): the loss reads logits as probabilities, the compile check fails
# source: the hand-written scenario tests/notebooks/ch03_metrics/wrong_logits_without_from_logits (before the corpus)
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)), keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy")
    return model
