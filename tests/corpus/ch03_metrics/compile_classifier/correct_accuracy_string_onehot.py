# expect: test_compile_classifier=3
# why: the chapter's own table: "accuracy" with one-hot labels and a softmax output resolves to CategoricalAccuracy (ambiguous wording: "categorical accuracy as a metric")
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])
    return model
