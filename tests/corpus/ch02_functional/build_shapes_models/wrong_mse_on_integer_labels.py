# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=0
# why: mean squared error between integer labels of shape (batch,) and 4 probabilities: Keras 3 raises on the shape mismatch in fit, so the model never trains
def build_feature_extractor():
    return keras.Sequential([layers.Conv2D(8, (3, 3), activation="relu"), layers.MaxPooling2D(), layers.Flatten()])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    outputs = layers.Dense(4, activation="softmax")(build_feature_extractor()(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse", metrics=["accuracy"])
    return model
