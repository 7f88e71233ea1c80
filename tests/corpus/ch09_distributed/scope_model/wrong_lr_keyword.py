# expect: test_scope_model=0
# why: Keras 2's lr= is refused by Keras 3's Adam
# source: seed 000 "Adam(lr=0.0001)"
def build_distributed_model(strategy):
    with strategy.scope():
        model = tutorial_model()
        model.compile(optimizer=keras.optimizers.Adam(lr=0.01), loss="sparse_categorical_crossentropy",
                      metrics=["accuracy"])
    return model
