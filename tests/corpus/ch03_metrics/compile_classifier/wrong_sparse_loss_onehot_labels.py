# expect: test_compile_classifier=0
# why: sparse_categorical_crossentropy expects integer class ids, the labels are one-hot
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss="sparse_categorical_crossentropy", metrics=["categorical_accuracy"])
    return model
