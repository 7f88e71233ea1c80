# expect: test_compile_classifier=0
# why: CategoricalCrossentropy(from_logits=True) on a model that already ends in softmax: the probabilities go through softmax twice
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.CategoricalCrossentropy(from_logits=True),
                  metrics=["categorical_accuracy"])
    return model
