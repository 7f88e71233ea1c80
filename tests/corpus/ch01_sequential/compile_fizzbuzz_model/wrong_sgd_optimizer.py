# expect: test_compile_fizzbuzz_model=0
# why: SGD at 0.01 where the text asks for Adam at 0.01
# source: seed 003 (optimizer='sgd')
def compile_fizzbuzz_model(model):
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
