# expect: test_fit_distributed=2
# why: no hidden layer: a linear model stays near a mean squared error of 0.3, half the points
def fit_distributed(strategy, x, y):
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    model.fit(x, y, batch_size=16 * strategy.num_replicas_in_sync, epochs=2, verbose=0)
    return model
