# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: Conv2D then a ReLU() layer inside the block (same function as activation="relu"); Adam with a larger learning rate 0.02 given as a config dict through keras.optimizers.get
def build_feature_extractor():
    block = keras.Sequential()
    block.add(layers.Conv2D(8, (3, 3)))
    block.add(layers.ReLU())
    block.add(layers.MaxPooling2D())
    block.add(layers.Flatten())
    return block


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    outputs = layers.Dense(4, activation="softmax")(build_feature_extractor()(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.get({"class_name": "Adam", "config": {"learning_rate": 0.02}}),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
