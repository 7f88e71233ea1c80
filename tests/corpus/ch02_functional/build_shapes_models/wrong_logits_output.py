# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=0, test_make_shapes_classifier=3
# why: Dense(4) left linear and trained with from_logits=True: it learns, but the exercise asks for Dense(4, activation="softmax")
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D(), layers.Flatten()])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    logits = layers.Dense(4)(build_feature_extractor()(inputs))
    model = keras.Model(inputs, logits)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    return model
