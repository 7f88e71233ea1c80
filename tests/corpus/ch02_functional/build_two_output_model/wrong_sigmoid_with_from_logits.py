# expect: test_two_output_architecture=2, test_two_output_compile=0
# why: sigmoid output fed to BinaryCrossentropy(from_logits=True): the loss applies a second sigmoid to probabilities
# source: seeds feed softmax outputs to losses that expect logits
def build_two_output_model():
    inputs = keras.Input(shape=(4,))
    trunk = layers.Dense(32, activation="relu")(inputs)
    value = layers.Dense(1, name="value")(trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(trunk)
    model = keras.Model(inputs, [value, positive])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005),
                  loss={"value": keras.losses.MeanSquaredError(),
                        "positive": keras.losses.BinaryCrossentropy(from_logits=True)},
                  loss_weights={"value": 1.0, "positive": 0.2})
    return model
