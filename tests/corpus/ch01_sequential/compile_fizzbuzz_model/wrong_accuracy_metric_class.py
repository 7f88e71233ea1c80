# expect: test_compile_fizzbuzz_model=0
# why: keras.metrics.Accuracy() compares predictions and labels for exact equality (probabilities vs integers),
#      it is not the "accuracy" string that Keras resolves to the sparse categorical accuracy
# source: forum mistake "metrics=[tf.keras.metrics.Accuracy()] always 0"
def compile_fizzbuzz_model(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=[keras.metrics.Accuracy()])
    return model
