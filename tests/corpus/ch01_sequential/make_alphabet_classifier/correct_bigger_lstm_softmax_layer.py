# expect: test_make_alphabet_classifier=3
# why: larger Embedding/LSTM built with .add(), Softmax() output layer, loss object, Adam at 0.01
def make_alphabet_classifier():
    model = keras.Sequential(name="alphabet_lstm")
    model.add(keras.Input(shape=(x_ab.shape[1],)))
    model.add(layers.Embedding(input_dim=26, output_dim=16))
    model.add(layers.LSTM(64))
    model.add(layers.Dense(26))
    model.add(layers.Softmax())
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
    return model
