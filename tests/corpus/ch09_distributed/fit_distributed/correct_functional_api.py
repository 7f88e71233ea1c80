# expect: test_fit_distributed=4
# why: a functional model built and compiled in the scope; fit with the global batch size
def fit_distributed(strategy, x, y):
    with strategy.scope():
        inputs = keras.Input(shape=(4,))
        outputs = keras.layers.Dense(1)(keras.layers.Dense(32, activation="relu")(inputs))
        model = keras.Model(inputs, outputs)
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse", metrics=["mae"])
    global_batch_size = 16 * strategy.num_replicas_in_sync
    model.fit(x, y, batch_size=global_batch_size, epochs=2, verbose=0)
    return model
