# expect: test_compile_classifier=0
# why: sparse_categorical_accuracy compares integer ids with the argmax: wrong metric for one-hot labels
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss="categorical_crossentropy", metrics=["sparse_categorical_accuracy"])
    return model
