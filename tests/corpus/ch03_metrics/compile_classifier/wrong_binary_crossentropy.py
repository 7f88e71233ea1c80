# expect: test_compile_classifier=0
# why: binary_crossentropy on 4 one-hot columns averages 4 independent binary losses: not the categorical cross-entropy that matches one-hot multi-class labels
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss="binary_crossentropy", metrics=["accuracy"])
    return model
