# expect: test_logits_model=0
# why: Dense(2) logits with SparseCategoricalCrossentropy(from_logits=True): a working classifier, but not the Dense(1) + binary cross-entropy the text asks for
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(2)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model
