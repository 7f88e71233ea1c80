# expect: test_compile_fizzbuzz_model=3
# why: relabelled from wrong_: Keras 3 resolves "acc" to the same accuracy as "accuracy" (it is only logged as "acc");
#      an equivalent spelling, and the exercise text now says that "acc" is accepted
# source: seed 000 (metrics=['acc'])
def compile_fizzbuzz_model(model):
    optimizer = keras.optimizers.Adam(learning_rate=0.01)
    model.compile(loss="sparse_categorical_crossentropy", optimizer=optimizer, metrics=["acc"])
    return model
