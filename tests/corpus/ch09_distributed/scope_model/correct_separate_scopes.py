# expect: test_scope_model=4
# why: two `with strategy.scope():` blocks, one to build and one to compile: every variable is still the strategy's
def build_distributed_model(strategy):
    with strategy.scope():
        model = tutorial_model()
    with strategy.scope():
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                      loss=keras.losses.sparse_categorical_crossentropy, metrics=["accuracy"])
    return model
