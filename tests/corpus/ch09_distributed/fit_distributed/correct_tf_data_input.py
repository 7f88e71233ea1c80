# expect: test_fit_distributed=4
# why: a tf.data.Dataset batched with the global batch size; fit distributes it itself
def fit_distributed(strategy, x, y):
    global_batch_size = 16 * strategy.num_replicas_in_sync
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(x), seed=0).batch(global_batch_size)
    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(32, activation="relu"),
                                  keras.layers.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(0.01), loss=keras.losses.MeanSquaredError())
    model.fit(dataset, epochs=2, verbose=0)
    return model
