# expect: test_compile_classifier=3
# why: Adam(1e-3) with the learning rate positional, plus an extra harmless metric (AUC) next to categorical_accuracy
def compile_classifier(model):
    model.compile(keras.optimizers.Adam(1e-3), "categorical_crossentropy",
                  metrics=["categorical_accuracy", keras.metrics.AUC(name="auc")])
    return model
