# expect: test_compile_classifier=0
# why: returns the result of model.compile(...), which is None, instead of the model
def compile_classifier(model):
    return model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                         loss="categorical_crossentropy", metrics=["categorical_accuracy"])
