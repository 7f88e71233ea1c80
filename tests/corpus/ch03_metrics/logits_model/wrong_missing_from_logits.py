# expect: test_logits_model=0
# why: outputs logits but compiles with 'binary_crossentropy' (from_logits=False): raw scores clipped as if they were probabilities
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy")
    return model
