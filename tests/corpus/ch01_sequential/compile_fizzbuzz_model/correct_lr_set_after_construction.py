# expect: test_compile_fizzbuzz_model=3
# why: setting learning_rate on the optimizer before compile gives Adam at 0.01 all the same
def compile_fizzbuzz_model(model):
    optimizer = keras.optimizers.Adam()
    optimizer.learning_rate = 0.01
    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy", metrics=("accuracy",))
    return model
