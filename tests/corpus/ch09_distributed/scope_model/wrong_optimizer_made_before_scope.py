# expect: test_scope_model=0
# why: the optimizer object is made before the scope: its iteration counter and learning rate are not mirrored
def build_distributed_model(strategy):
    optimizer = keras.optimizers.Adam(learning_rate=0.01)
    with strategy.scope():
        model = tutorial_model()
        model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
