# expect: test_compile_classifier=3
# why: all strings: "adam" is Adam at its default 0.001, "categorical_crossentropy", and "accuracy", which one-hot labels resolve to CategoricalAccuracy
# source: the hand-written scenario tests/notebooks/ch03_metrics/correct_keras_losses_and_strings (before the corpus)
def compile_classifier(model):
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model
