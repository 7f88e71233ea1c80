# expect: test_two_output_architecture=2, test_two_output_compile=2
# why: loss functions (keras.losses.mean_squared_error, binary_crossentropy), Adam(0.005) positional, extra per-output metrics, explicit activation="linear"
def build_two_output_model():
    features = keras.Input(shape=(4,), name="features")
    shared = layers.Dense(32, activation="relu", name="trunk")(features)
    value = layers.Dense(1, activation="linear", name="value")(shared)
    positive = layers.Dense(1, activation="sigmoid", name="positive")(shared)
    model = keras.Model(inputs=features, outputs=[value, positive], name="two_outputs")
    model.compile(
        optimizer=keras.optimizers.Adam(0.005),
        loss={"value": keras.losses.mean_squared_error, "positive": keras.losses.binary_crossentropy},
        loss_weights={"value": 1.0, "positive": 0.2},
        metrics={"value": ["mae"], "positive": ["accuracy"]},
    )
    return model
