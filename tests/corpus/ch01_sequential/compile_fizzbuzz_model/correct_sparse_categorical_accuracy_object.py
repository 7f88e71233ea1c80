# expect: test_compile_fizzbuzz_model=3
# why: SparseCategoricalAccuracy is what "accuracy" resolves to for integer labels; the text names it as accepted
def compile_fizzbuzz_model(model):
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(),
                  metrics=[tf.keras.metrics.SparseCategoricalAccuracy()])
    return model
