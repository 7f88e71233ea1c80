# expect: test_build_feature_extractor=0, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: build_feature_extractor returns a Functional keras.Model with the right layers; the exercise asks for a keras.Sequential block
def build_feature_extractor():
    image = keras.Input(shape=(16, 16, 1))
    x = layers.Conv2D(8, (3, 3), activation="relu")(image)
    x = layers.MaxPooling2D()(x)
    return keras.Model(image, layers.Flatten()(x), name="feature_extractor")


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    outputs = layers.Dense(4, activation="softmax")(build_feature_extractor()(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
