# expect: test_build_fizzbuzz_model=3
# why: built with .add(): Dense(256, activation=tf.nn.relu, input_shape=(10,)) (deprecated, warns), then Dense(4) and an Activation("softmax") layer: same model
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_add_api_and_objects (before the corpus)
def build_fizzbuzz_model():
    model = keras.Sequential()
    model.add(keras.layers.Dense(256, activation=tf.nn.relu, input_shape=(10,)))
    model.add(keras.layers.Dense(4))
    model.add(keras.layers.Activation("softmax"))
    return model
