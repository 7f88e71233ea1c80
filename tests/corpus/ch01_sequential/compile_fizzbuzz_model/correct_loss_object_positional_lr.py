# expect: test_compile_fizzbuzz_model=3
# why: Adam's first positional argument is learning_rate; a SparseCategoricalCrossentropy() object is the sparse loss
def compile_fizzbuzz_model(model):
    model.compile(
        optimizer=keras.optimizers.Adam(0.01),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    return model
