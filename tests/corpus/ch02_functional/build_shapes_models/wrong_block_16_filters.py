# expect: test_build_feature_extractor=0, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: Conv2D with 16 filters instead of 8 costs the block's 2 points only: the classifier tests give make_shapes_classifier() the instructor's block (each test grades its own part)
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(16, (3, 3), activation="relu"), layers.MaxPooling2D(), layers.Flatten()])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    outputs = layers.Dense(4, activation="softmax")(build_feature_extractor()(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
