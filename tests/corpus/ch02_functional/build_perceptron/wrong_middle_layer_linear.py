# expect: test_build_perceptron=0
# why: the 20-unit hidden layer has no activation (linear); every hidden layer must use ReLU
def build_perceptron():
    visible = keras.Input(shape=(10,))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(20)(x)
    x = layers.Dense(10, activation="relu")(x)
    output = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model(visible, output)
