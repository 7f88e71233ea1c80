# expect: test_compile_fizzbuzz_model<3
# why: fixes optimizer and loss but keeps metrics=["acc"]: the text asks for the "accuracy" metric
#      (history/evaluate then report "acc", not "accuracy")
# source: seed 000 (metrics=['acc'])
def compile_fizzbuzz_model(model):
    optimizer = keras.optimizers.Adam(learning_rate=0.01)
    model.compile(loss="sparse_categorical_crossentropy", optimizer=optimizer, metrics=["acc"])
    return model
