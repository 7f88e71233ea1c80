# expect: test_fit_distributed=0
# why: 1 epoch instead of 2
def fit_distributed(strategy, x, y):
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(32, activation="relu"),
                                  keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    model.fit(x, y, batch_size=16 * strategy.num_replicas_in_sync, epochs=1, verbose=0)
    return model
