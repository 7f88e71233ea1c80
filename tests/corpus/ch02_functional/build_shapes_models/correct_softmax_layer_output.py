# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: the output as Dense(4) followed by a Softmax() layer (the same function as Dense(4, activation="softmax")); explicit from_logits=False
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D(), layers.Flatten()])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    features = build_feature_extractor()(inputs)
    probabilities = layers.Softmax()(layers.Dense(4)(features))
    model = keras.Model(inputs, probabilities)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=False),
                  metrics=["accuracy"])
    return model
