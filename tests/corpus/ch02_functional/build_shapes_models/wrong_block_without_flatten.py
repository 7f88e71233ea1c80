# expect: test_build_feature_extractor=0, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: the block stops at MaxPooling2D (the exercise puts Flatten inside it): the block's 2 points; the classifier, run on the instructor's block, is right (its extra Flatten of a flat tensor changes nothing), so the classifier tests do not charge the block's mistake again
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D()])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    features = layers.Flatten()(build_feature_extractor()(inputs))
    outputs = layers.Dense(4, activation="softmax")(features)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
