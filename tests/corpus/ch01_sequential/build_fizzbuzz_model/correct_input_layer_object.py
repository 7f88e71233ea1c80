# expect: test_build_fizzbuzz_model=3, test_compile_fizzbuzz_model=3
# why: an explicit InputLayer(shape=...) is what keras.Input puts at the head of a Sequential model
from keras import Sequential
from keras.layers import Dense, InputLayer


def build_fizzbuzz_model():
    return Sequential([InputLayer(shape=(10,)), Dense(256, activation="relu"), Dense(4, activation="softmax")])
