# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: block built with .add() (kernel_size=3, explicit padding="valid"); classifier compiled with Adam at 0.008 and sparse loss/metric objects: learns
# source: the hand-written scenario tests/notebooks/ch02_functional/correct_named_layers_and_own_compile (before the corpus)
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
