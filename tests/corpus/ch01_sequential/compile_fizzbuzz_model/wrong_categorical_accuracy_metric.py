# expect: test_compile_fizzbuzz_model=0
# why: CategoricalAccuracy expects one-hot labels; with integer labels it is not the accuracy asked for
def compile_fizzbuzz_model(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=[keras.metrics.CategoricalAccuracy()])
    return model
