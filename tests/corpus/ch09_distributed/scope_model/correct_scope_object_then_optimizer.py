# expect: test_scope_model=4
# why: the scope kept in a name, the optimizer made first inside it, then the tutorial's model and compile
def build_distributed_model(strategy):
    scope = strategy.scope()
    with scope:
        optimizer = keras.optimizers.Adam(learning_rate=0.01)
        model = tutorial_model()
        model.compile(optimizer, "sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
