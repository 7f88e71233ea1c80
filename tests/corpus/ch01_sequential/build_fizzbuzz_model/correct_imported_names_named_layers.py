# expect: test_build_fizzbuzz_model=3
# why: a Sequential from imported Input, Sequential and Dense, with named Input and layers: names do not change the architecture
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_functional_and_own_design (before the corpus)
from keras import Input, Sequential
from keras.layers import Dense


def build_fizzbuzz_model():
    return Sequential([
        Input(shape=(10,), name="bits"),
        Dense(256, activation="relu", name="hidden"),
        Dense(4, activation="softmax", name="classes"),
    ])
