# expect: test_build_perceptron=0
# why: the model is built once at cell level and the same object is returned on every call; the exercise asks for a new keras.Model each call
_visible = keras.Input(shape=(10,))
_x = layers.Dense(10, activation="relu")(_visible)
_x = layers.Dense(20, activation="relu")(_x)
_x = layers.Dense(10, activation="relu")(_x)
_perceptron = keras.Model(_visible, layers.Dense(1, activation="sigmoid")(_x))


def build_perceptron():
    return _perceptron
