# expect: test_compile_fizzbuzz_model=0
# why: returns the result of model.compile(...), which is None, instead of the model
def compile_fizzbuzz_model(model):
    return model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                         loss="sparse_categorical_crossentropy", metrics=["accuracy"])
