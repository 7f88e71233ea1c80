# expect: test_fit_distributed=0
# why: the model is built and compiled under the strategy but never trained
def fit_distributed(strategy, x, y):
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(32, activation="relu"),
                                  keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model
