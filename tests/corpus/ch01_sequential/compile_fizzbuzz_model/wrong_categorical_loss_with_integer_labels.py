# expect: test_compile_fizzbuzz_model=0
# why: fixes lr= but keeps categorical_crossentropy, which expects one-hot labels; FizzBuzz labels are integers, so the loss check fails
# source: the hand-written scenario tests/notebooks/ch01_sequential/wrong_categorical_loss_with_integer_labels (before the corpus)
def compile_fizzbuzz_model(model):
    model.compile(loss="categorical_crossentropy",
                  optimizer=keras.optimizers.Adam(learning_rate=0.01), metrics=["accuracy"])
    return model
