# expect: test_export_for_serving=4
# why: the key comes from the Input's name: a functional model over keras.Input(name="features") exported as is
def export_for_serving(model, directory):
    features = keras.Input(shape=(8,), name="features")
    keras.Model(features, model(features)).export(directory, verbose=False)
