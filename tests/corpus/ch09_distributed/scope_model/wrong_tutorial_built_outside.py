# expect: test_scope_model=0
# why: the tutorial's mistake kept: the model is built before the scope, so its weights are plain variables
# source: the exercise's old tutorial; TensorFlow guide "Distributed training with Keras" (create the model inside the scope)
def build_distributed_model(strategy):
    model = tutorial_model()
    with strategy.scope():
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
