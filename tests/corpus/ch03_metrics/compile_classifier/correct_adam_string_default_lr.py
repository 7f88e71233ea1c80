# expect: test_compile_classifier=3
# why: the string "adam" builds Adam with its default learning rate, which is exactly 0.001
def compile_classifier(model):
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["categorical_accuracy"])
    return model
