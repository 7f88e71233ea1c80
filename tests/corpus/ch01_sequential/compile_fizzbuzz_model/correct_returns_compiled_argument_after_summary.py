# expect: test_compile_fizzbuzz_model=3
# why: the same fix, written on the seed's lines, with an extra harmless summary line printed first
def compile_fizzbuzz_model(model):
    optimizer = keras.optimizers.Adam(learning_rate=0.01)
    model.compile(loss="sparse_categorical_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    print("compiled", model.name, "with", type(optimizer).__name__, float(optimizer.learning_rate))
    return model
