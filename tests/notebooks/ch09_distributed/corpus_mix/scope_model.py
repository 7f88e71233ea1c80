# expect: test_scope_model=0
# why: optimizer="adam" gives Adam's default learning rate 0.001, not 0.01
def build_distributed_model(strategy):
    with strategy.scope():
        model = tutorial_model()
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
