from keras.layers import Dense


def build_perceptron():
    inputs = keras.Input(shape=(10,), name="ten_features")
    x = inputs
    for units in (10, 20, 10):
        x = Dense(units, activation="relu")(x)
    return keras.Model(inputs, Dense(1, activation="sigmoid")(x), name="mlp")
