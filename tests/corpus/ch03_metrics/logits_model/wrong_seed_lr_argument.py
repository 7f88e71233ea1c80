# expect: test_logits_model=0
# why: Adam(lr=0.01) as in the seed: Keras 3 rejects lr, the function raises
# source: seed 000 (Adam(lr=0.001))
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(lr=0.01),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True))
    return model
