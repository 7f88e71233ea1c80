# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: input_dim=1 copied from seed 004: one feature per example instead of 10 binary digits
# source: seed 004 (Sequential([Dense(2, input_dim=1), Dense(1)]))
def build_fizzbuzz_model():
    return keras.Sequential([
        layers.Dense(256, activation="relu", input_dim=1),
        layers.Dense(4, activation="softmax"),
    ])
