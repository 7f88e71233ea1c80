# expect: test_compile_fizzbuzz_model=0
# why: ignores its argument: builds and compiles a fresh FizzBuzz model instead of compiling the model it was given
def compile_fizzbuzz_model(model):
    model = build_fizzbuzz_model()
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
