def build_feature_extractor():
    block = keras.Sequential(name="shape_features")
    block.add(layers.Conv2D(filters=8, kernel_size=3, activation="relu", padding="valid"))
    block.add(layers.MaxPooling2D())
    block.add(layers.Flatten())
    return block


def make_shapes_classifier():
    pictures = keras.Input(shape=(16, 16, 1))
    probabilities = layers.Dense(4, activation="softmax", name="shape")(build_feature_extractor()(pictures))
    classifier = keras.Model(inputs=pictures, outputs=probabilities)
    classifier.compile(optimizer=keras.optimizers.Adam(learning_rate=0.008),
                       loss=keras.losses.SparseCategoricalCrossentropy(),
                       metrics=[keras.metrics.SparseCategoricalAccuracy()])
    return classifier
