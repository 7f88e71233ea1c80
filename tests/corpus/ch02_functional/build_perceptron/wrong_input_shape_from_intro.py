# expect: test_build_perceptron=0
# why: input shape (2,) copied from the chapter's first example instead of 10 features
def build_perceptron():
    visible = keras.Input(shape=(2,))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(20, activation="relu")(x)
    x = layers.Dense(10, activation="relu")(x)
    output = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model(visible, output)
