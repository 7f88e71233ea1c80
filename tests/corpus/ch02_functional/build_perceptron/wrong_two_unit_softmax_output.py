# expect: test_build_perceptron=0
# why: two-class softmax head (2 units) instead of the one sigmoid unit asked for; output shape (2,)
def build_perceptron():
    visible = keras.Input(shape=(10,))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(20, activation="relu")(x)
    x = layers.Dense(10, activation="relu")(x)
    output = layers.Dense(2, activation="softmax")(x)
    return keras.Model(visible, output)
