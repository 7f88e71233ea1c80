# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=1.5
# why: optimizer="adam" keeps learning rate 0.001; the text names Adam with learning_rate=0.01 and says the default reaches only about 0.65 in 5 epochs: half marks (0.685 on the hidden split, 0.60 <= acc < 0.80)
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D(), layers.Flatten()])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    outputs = layers.Dense(4, activation="softmax")(build_feature_extractor()(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
