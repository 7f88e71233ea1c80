# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=0, test_make_shapes_classifier=3
# why: the classifier re-creates the three layers inline instead of calling the block from build_feature_extractor() as a layer (same layer list once flattened)
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D(), layers.Flatten()])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    x = layers.Conv2D(8, (3, 3), activation="relu")(inputs)
    x = layers.MaxPooling2D()(x)
    x = layers.Flatten()(x)
    outputs = layers.Dense(4, activation="softmax")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
