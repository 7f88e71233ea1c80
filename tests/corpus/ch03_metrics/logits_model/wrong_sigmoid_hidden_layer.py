# expect: test_logits_model=0
# why: the hidden layer uses sigmoid instead of the relu the text asks for (trains fine, but is not the asked architecture)
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="sigmoid"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True))
    return model
