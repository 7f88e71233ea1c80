# expect: test_logits_model=0
# why: SGD at 0.01 instead of Adam
def build_logits_model():
    model = keras.Sequential([keras.Input(shape=(8,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True))
    return model
