# expect: test_compile_classifier=0
# why: the seed's Adam(lr=0.001): Keras 3 rejects the lr argument, so the function raises
# source: seed 000 (Adam(lr = 0.0001), Adam(lr=0.001))
def compile_classifier(model):
    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(lr=0.001),
                  metrics=["categorical_accuracy"])
    return model
