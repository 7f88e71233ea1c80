# expect: test_scope_model=0
# why: categorical_crossentropy expects one-hot labels; the exercise asks for the sparse loss of integer labels
def build_distributed_model(strategy):
    with strategy.scope():
        model = tutorial_model()
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                      loss="categorical_crossentropy", metrics=["accuracy"])
    return model
