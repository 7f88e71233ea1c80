# expect: test_two_output_architecture=2, test_two_output_compile=2
# why: heads built inline in the outputs list [value, positive]; losses ["mean_squared_error", "binary_crossentropy"] and weights [1.0, 0.2] in output order
# source: the hand-written scenario tests/notebooks/ch02_functional/correct_loops_and_layer_objects (before the corpus)
def build_two_output_model():
    x = keras.Input(shape=(4,))
    h = keras.layers.Dense(32, activation="relu")(x)
    model = keras.Model(x, [keras.layers.Dense(1, name="value")(h),
                            keras.layers.Dense(1, activation="sigmoid", name="positive")(h)])
    # lists follow the order of the outputs
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=5e-3),
                  loss=["mean_squared_error", "binary_crossentropy"], loss_weights=[1.0, 0.2])
    return model
