# expect: test_compile_fizzbuzz_model=0
# why: from_logits=True on a model whose output is already a softmax (the loss applies softmax twice)
# source: keras docs warning on from_logits
def compile_fizzbuzz_model(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    return model
