# expect: test_scope_model=0
# why: the architecture written out again with 32 hidden units instead of the tutorial's 16
def build_distributed_model(strategy):
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(32, activation="relu"),
                                  keras.layers.Dense(4, activation="softmax")])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
