# expect: test_fit_distributed=4
# why: a deeper network, and fit called inside the scope as well (allowed, not needed)
def fit_distributed(strategy, x, y):
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(32, activation="relu"),
                                  keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.005), loss="mean_squared_error")
        model.fit(x, y, batch_size=16 * strategy.num_replicas_in_sync, epochs=2, verbose=0, shuffle=True)
    return model
