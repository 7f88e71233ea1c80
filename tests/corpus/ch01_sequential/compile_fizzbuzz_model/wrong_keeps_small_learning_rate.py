# expect: test_compile_fizzbuzz_model=0
# why: the "obvious fix" only: learning_rate=0.0001 instead of the required 0.01
# source: seed 000
def compile_fizzbuzz_model(model):
    optimizer = keras.optimizers.Adam(learning_rate=0.0001)
    model.compile(loss="sparse_categorical_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    return model
