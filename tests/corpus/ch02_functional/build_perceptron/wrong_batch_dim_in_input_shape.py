# expect: test_build_perceptron=0
# why: the batch dimension written into Input's shape: the model takes (batch, None, 10) tensors and outputs (None, None, 1)
def build_perceptron():
    visible = keras.Input(shape=(None, 10))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(20, activation="relu")(x)
    x = layers.Dense(10, activation="relu")(x)
    output = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model(visible, output)
