# expect: test_scope_model=4
# why: the same architecture written with the functional API, loss and metric as objects, all inside the scope
def build_distributed_model(strategy):
    with strategy.scope():
        inputs = keras.Input(shape=(10,))
        hidden = keras.layers.Dense(16, activation="relu")(inputs)
        outputs = keras.layers.Dense(4, activation="softmax")(hidden)
        model = keras.Model(inputs, outputs)
        model.compile(optimizer=keras.optimizers.Adam(0.01),
                      loss=keras.losses.SparseCategoricalCrossentropy(),
                      metrics=[keras.metrics.SparseCategoricalAccuracy()])
    return model
