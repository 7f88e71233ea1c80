# expect: test_compile_classifier=0
# why: SGD (as in seed 002/004) instead of Adam, with the right learning rate
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.001),
                  loss="categorical_crossentropy", metrics=["categorical_accuracy"])
    return model
