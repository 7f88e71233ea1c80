# expect: test_build_perceptron=0
# why: output unit left linear (a logit, "the loss will take from_logits=True"); the exercise asks for a sigmoid output
def build_perceptron():
    visible = keras.Input(shape=(10,))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(20, activation="relu")(x)
    x = layers.Dense(10, activation="relu")(x)
    output = layers.Dense(1)(x)
    return keras.Model(visible, output)
