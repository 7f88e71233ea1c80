# expect: test_make_fizzbuzz_classifier=5
# why: reuses build_fizzbuzz_model() and compiles it itself: Adam at 0.01, the sparse loss, a SparseCategoricalAccuracy() object; trains past 0.80
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_computed_answers (before the corpus)
def make_fizzbuzz_classifier():
    model = build_fizzbuzz_model()
    # the grader trains on the integer labels, so the sparse loss; the metric as an object
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=[keras.metrics.SparseCategoricalAccuracy()])
    return model
