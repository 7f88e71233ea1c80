# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: block built with .add(); Adam(learning_rate=0.01), sparse_categorical_crossentropy for the integer labels 0-3
def build_feature_extractor():
    block = keras.Sequential(name="feature_extractor")
    block.add(layers.Conv2D(8, (3, 3), activation="relu"))
    block.add(layers.MaxPooling2D())
    block.add(layers.Flatten())
    return block


def make_shapes_classifier():
    image = keras.Input(shape=(16, 16, 1), name="image")
    features = build_feature_extractor()(image)
    label = layers.Dense(4, activation="softmax", name="shape")(features)
    model = keras.Model(inputs=image, outputs=label)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
