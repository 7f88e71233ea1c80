# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: Dense(4, activation=tf.nn.softmax) (stored as softmax_v2) and Conv2D(activation=tf.nn.relu): TensorFlow functions as activations
import tensorflow as tf


def build_feature_extractor():
    return keras.Sequential([
        layers.Conv2D(8, (3, 3), activation=tf.nn.relu),
        layers.MaxPooling2D(),
        layers.Flatten(),
    ])


def make_shapes_classifier():
    inputs = keras.Input(shape=(16, 16, 1))
    outputs = layers.Dense(4, activation=tf.nn.softmax)(build_feature_extractor()(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.sparse_categorical_crossentropy, metrics=["accuracy"])
    return model
