# expect: test_two_output_architecture=2, test_two_output_compile=2
# why: loss objects and loss weights in dicts keyed "positive" first, Adam(0.005) positional, extra per-output metrics: the names decide, not the key order
# source: the hand-written scenario tests/notebooks/ch02_functional/correct_lists_and_loss_objects (before the corpus)
def build_two_output_model():
    features = keras.Input(shape=(4,), name="row")
    shared_trunk = layers.Dense(32, activation=keras.activations.relu, name="trunk")(features)
    value = layers.Dense(1, activation=None, name="value")(shared_trunk)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(shared_trunk)
    model = keras.Model(inputs=features, outputs=[value, positive])
    model.compile(optimizer=keras.optimizers.Adam(0.005),
                  loss={"positive": keras.losses.BinaryCrossentropy(),
                        "value": keras.losses.MeanSquaredError()},
                  loss_weights={"positive": 0.2, "value": 1.0},
                  metrics={"positive": ["accuracy"], "value": ["mae"]})
    return model
