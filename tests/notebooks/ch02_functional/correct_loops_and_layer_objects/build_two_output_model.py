def build_two_output_model():
    x = keras.Input(shape=(4,))
    h = keras.layers.Dense(32, activation="relu")(x)
    model = keras.Model(x, [keras.layers.Dense(1, name="value")(h),
                            keras.layers.Dense(1, activation="sigmoid", name="positive")(h)])
    # lists follow the order of the outputs
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=5e-3),
                  loss=["mean_squared_error", "binary_crossentropy"], loss_weights=[1.0, 0.2])
    return model
