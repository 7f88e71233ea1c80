def compile_fizzbuzz_model(model):
    model.compile(loss="categorical_crossentropy",
                  optimizer=keras.optimizers.Adam(learning_rate=0.01), metrics=["accuracy"])
    return model
