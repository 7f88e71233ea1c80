def compile_fizzbuzz_model(model):
    # only the metric name was modernised; the Keras 2 'lr' keyword is still there
    optimizer = keras.optimizers.Adam(lr=0.01)
    model.compile(loss="sparse_categorical_crossentropy", optimizer=optimizer, metrics=["accuracy"])
    return model
