# expect: test_build_perceptron=0
# why: only two hidden layers (10, 20); the third Dense(10) is missing
def build_perceptron():
    visible = keras.Input(shape=(10,))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(20, activation="relu")(x)
    output = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model(visible, output)
