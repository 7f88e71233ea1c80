# expect: test_compile_fizzbuzz_model=0
# why: keeps categorical_crossentropy, which expects one-hot labels; FizzBuzz labels are integers
# source: seed 000
def compile_fizzbuzz_model(model):
    optimizer = keras.optimizers.Adam(learning_rate=0.01)
    model.compile(loss="categorical_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    return model
