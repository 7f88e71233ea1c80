# expect: test_compile_fizzbuzz_model=0
# why: optimizer="adam" gives Adam at its default learning rate 0.001, not 0.01
def compile_fizzbuzz_model(model):
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
