# expect: test_fit_distributed=0
# why: validation_split=0.1 trains on 900 of the 1000 examples: fewer steps than 2 epochs of all of (x, y)
def fit_distributed(strategy, x, y):
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(32, activation="relu"),
                                  keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    model.fit(x, y, batch_size=16 * strategy.num_replicas_in_sync, epochs=2, validation_split=0.1, verbose=0)
    return model
