# expect: test_compile_fizzbuzz_model=3
# why: explicit default arguments of Adam and compile (beta_1, beta_2, epsilon, steps_per_execution) change nothing
def compile_fizzbuzz_model(model):
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01, beta_1=0.9, beta_2=0.999, epsilon=1e-7),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
        steps_per_execution=1,
    )
    return model
