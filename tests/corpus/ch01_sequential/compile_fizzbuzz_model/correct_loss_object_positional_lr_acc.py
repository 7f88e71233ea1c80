# expect: test_compile_fizzbuzz_model=3
# why: SparseCategoricalCrossentropy() object, Adam(0.01) with the learning rate positional and the short metric name "acc": all accepted
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_add_api_and_objects (before the corpus)
def compile_fizzbuzz_model(model):
    model.compile(loss=keras.losses.SparseCategoricalCrossentropy(),
                  optimizer=keras.optimizers.Adam(0.01),
                  metrics=["acc"])
    return model
