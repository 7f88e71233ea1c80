from keras import Input, Sequential
from keras.layers import Dense


def build_fizzbuzz_model():
    return Sequential([
        Input(shape=(10,), name="bits"),
        Dense(256, activation="relu", name="hidden"),
        Dense(4, activation="softmax", name="classes"),
    ])
