# expect: test_logits_model=3
# why: Dense(16) followed by a ReLU() layer is the same hidden layer as Dense(16, activation='relu')
def build_logits_model():
    model = keras.Sequential([
        keras.Input(shape=(8,)),
        keras.layers.Dense(16),
        keras.layers.ReLU(),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True))
    return model
