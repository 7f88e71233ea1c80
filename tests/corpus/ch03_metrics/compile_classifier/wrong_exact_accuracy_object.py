# expect: test_compile_classifier=0
# why: keras.metrics.Accuracy() is not the "accuracy" string: it counts y_pred == y_true element by element, which is never true for softmax probabilities; categorical accuracy is asked for
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss="categorical_crossentropy", metrics=[keras.metrics.Accuracy()])
    return model
