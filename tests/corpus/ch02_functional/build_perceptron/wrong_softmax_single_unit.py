# expect: test_build_perceptron=0
# why: softmax over one unit always outputs 1.0; the exercise asks for a sigmoid output unit
# source: seed 000 ends its Functional models in Dense(..., activation='softmax')
def build_perceptron():
    visible = keras.Input(shape=(10,))
    x = layers.Dense(10, activation="relu")(visible)
    x = layers.Dense(20, activation="relu")(x)
    x = layers.Dense(10, activation="relu")(x)
    output = layers.Dense(1, activation="softmax")(x)
    return keras.Model(visible, output)
