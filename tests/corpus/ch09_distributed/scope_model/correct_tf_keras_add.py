# expect: test_scope_model=4
# why: tf.keras names and Sequential().add(...) are the same Keras 3 objects; built and compiled in the scope
def build_distributed_model(strategy):
    with strategy.scope():
        model = tf.keras.Sequential()
        model.add(tf.keras.Input(shape=(10,)))
        model.add(tf.keras.layers.Dense(16, activation=tf.nn.relu))
        model.add(tf.keras.layers.Dense(4, activation="softmax"))
        model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
