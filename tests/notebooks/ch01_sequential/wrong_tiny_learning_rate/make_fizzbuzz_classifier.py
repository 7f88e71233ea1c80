def make_fizzbuzz_classifier():
    model = build_fizzbuzz_model()
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.0001),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
