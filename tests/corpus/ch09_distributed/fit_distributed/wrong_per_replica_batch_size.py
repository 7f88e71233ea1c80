# expect: test_fit_distributed=0
# why: batch_size=16 is the per-replica size given as fit's (global) batch size: twice the steps
def fit_distributed(strategy, x, y):
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(32, activation="relu"),
                                  keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    model.fit(x, y, batch_size=16, epochs=2, verbose=0)
    return model
