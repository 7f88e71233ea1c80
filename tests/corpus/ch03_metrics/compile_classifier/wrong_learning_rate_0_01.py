# expect: test_compile_classifier=0
# why: learning rate 0.01 instead of the required 0.001
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="categorical_crossentropy", metrics=["categorical_accuracy"])
    return model
