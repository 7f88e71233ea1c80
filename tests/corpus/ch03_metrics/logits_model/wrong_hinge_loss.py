# expect: test_logits_model=0
# why: a margin loss on logits (hinge) instead of the binary cross-entropy with from_logits=True
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=keras.losses.Hinge())
    return model
