# expect: test_build_perceptron=0
# why: copy-paste bug: every hidden layer is called on the input, so the model is only Input -> Dense(10) -> Dense(1); Dense(10) and Dense(20) are left out of the graph
def build_perceptron():
    visible = keras.Input(shape=(10,))
    hidden1 = layers.Dense(10, activation="relu")(visible)
    hidden2 = layers.Dense(20, activation="relu")(visible)
    hidden3 = layers.Dense(10, activation="relu")(visible)
    output = layers.Dense(1, activation="sigmoid")(hidden3)
    return keras.Model(inputs=visible, outputs=output)
