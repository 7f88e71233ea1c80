# expect: test_build_perceptron=0
# why: hidden units 10, 10, 20 instead of 10, 20, 10 (same parameter-free shape checks pass: input 10, output 1)
def build_perceptron():
    visible = keras.Input(shape=(10,))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(10, activation="relu")(x)
    x = layers.Dense(20, activation="relu")(x)
    output = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model(visible, output)
