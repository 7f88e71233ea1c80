# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: the output Dense has no activation (logits), the text asks for softmax activation
# source: forum habit "return logits and use from_logits=True"
def build_fizzbuzz_model():
    return keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(256, activation="relu"),
        layers.Dense(4),
    ])
