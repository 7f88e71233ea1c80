# expect: test_logits_model=0
# why: returns model.compile(...), which is None
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    return model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                         loss=keras.losses.BinaryCrossentropy(from_logits=True))
