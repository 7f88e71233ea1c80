# expect: test_make_fizzbuzz_classifier=5
# why: two hidden layers built with .add() and ReLU()/Softmax() layers, Adam at 2e-3
def make_fizzbuzz_classifier():
    model = keras.Sequential(name="fizzbuzz_deeper")
    model.add(keras.Input(shape=(x_fb.shape[1],)))
    model.add(layers.Dense(1024))
    model.add(layers.ReLU())
    model.add(layers.Dense(512))
    model.add(layers.ReLU())
    model.add(layers.Dense(4))
    model.add(layers.Softmax())
    model.compile(optimizer=keras.optimizers.Adam(2e-3), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    return model
