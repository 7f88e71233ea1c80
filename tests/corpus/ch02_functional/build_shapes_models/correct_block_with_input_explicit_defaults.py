# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: the block starts with keras.Input (allowed: "no Input needed" does not forbid one); explicit defaults padding="valid", pool_size=(2, 2); the block stored in a variable first
def build_feature_extractor():
    return keras.Sequential([
        keras.Input(shape=(16, 16, 1)),
        layers.Conv2D(8, kernel_size=(3, 3), padding="valid", activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Flatten(),
    ], name="features")


def make_shapes_classifier():
    block = build_feature_extractor()
    image = keras.Input(shape=(16, 16, 1))
    output = layers.Dense(4, activation="softmax")(block(image))
    classifier = keras.Model(inputs=image, outputs=output, name="shapes_classifier")
    classifier.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                       loss="sparse_categorical_crossentropy",
                       metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
    return classifier
