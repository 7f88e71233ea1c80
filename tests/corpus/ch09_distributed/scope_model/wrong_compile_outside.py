# expect: test_scope_model=0
# why: only the model is built in the scope; compile outside it makes the optimizer's variables outside
def build_distributed_model(strategy):
    with strategy.scope():
        model = tutorial_model()
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
