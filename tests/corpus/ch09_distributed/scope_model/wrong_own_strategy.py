# expect: test_scope_model=0
# why: a new strategy of its own instead of the one passed in: the variables belong to the wrong strategy
def build_distributed_model(strategy):
    own = tf.distribute.OneDeviceStrategy("/cpu:0")
    with own.scope():
        model = tutorial_model()
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
