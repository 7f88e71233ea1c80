# expect: test_scope_model=0
# why: Keras 3's compile takes loss_weights third: compile(optimizer, loss, ["accuracy"]) makes "accuracy" a loss weight and no metric
def build_distributed_model(strategy):
    scope = strategy.scope()
    with scope:
        optimizer = keras.optimizers.Adam(learning_rate=0.01)
        model = tutorial_model()
        model.compile(optimizer, "sparse_categorical_crossentropy", ["accuracy"])
    return model
