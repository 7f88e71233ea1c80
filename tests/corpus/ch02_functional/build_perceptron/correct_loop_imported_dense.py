# expect: test_build_perceptron=3
# why: hidden layers made in a loop over (10, 20, 10) with Dense imported from keras.layers, all inside the function: a new Functional model per call
# source: the hand-written scenario tests/notebooks/ch02_functional/correct_loops_and_layer_objects (before the corpus)
from keras.layers import Dense


def build_perceptron():
    inputs = keras.Input(shape=(10,), name="ten_features")
    x = inputs
    for units in (10, 20, 10):
        x = Dense(units, activation="relu")(x)
    return keras.Model(inputs, Dense(1, activation="sigmoid")(x), name="mlp")
