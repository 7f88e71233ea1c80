# expect: test_compile_fizzbuzz_model=0
# why: keeps lr= (removed in Keras 3): Adam(lr=0.01) raises ValueError
# source: seed 000 (tf.keras.optimizers.Adam(lr = 0.0001))
def compile_fizzbuzz_model(model):
    optimizer = keras.optimizers.Adam(lr=0.01)
    model.compile(loss="sparse_categorical_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    return model
