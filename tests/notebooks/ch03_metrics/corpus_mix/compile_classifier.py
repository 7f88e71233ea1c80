# expect: test_compile_classifier=0
# why: RMSprop at 0.001 instead of Adam
def compile_classifier(model):
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.001),
                  loss=keras.losses.CategoricalCrossentropy(), metrics=["categorical_accuracy"])
    return model
