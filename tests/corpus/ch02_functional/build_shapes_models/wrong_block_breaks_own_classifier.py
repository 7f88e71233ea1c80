# expect: test_build_feature_extractor=0, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: the block forgets Flatten and the classifier relies on the block to flatten, so the student's own pair gives a (7, 7, 4) output; the classifier is right for the instructor's block, and the visible classifier tests use a stand-in block, so only the block's 2 points are lost (before the stand-in, the visible tests failed on the block and the classifier cells lost 4 more)
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D()])


def make_shapes_classifier():
    image = keras.Input(shape=(16, 16, 1))
    outputs = layers.Dense(4, activation="softmax")(build_feature_extractor()(image))
    model = keras.Model(image, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
