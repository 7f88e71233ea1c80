# expect: test_logits_model=0
# why: builds the model but forgets to compile it
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    return model
