# expect: test_build_perceptron=0
# why: a keras.Sequential model with the right layers; the exercise asks for the Functional API ("built with the Functional API")
def build_perceptron():
    return keras.Sequential([
        keras.Input(shape=(10,)),
        layers.Dense(10, activation="relu"),
        layers.Dense(20, activation="relu"),
        layers.Dense(10, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ])
