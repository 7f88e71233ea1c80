# expect: test_build_feature_extractor=2, test_shapes_classifier_architecture=1, test_make_shapes_classifier=3
# why: tf.keras namespace, loss and metric objects (SparseCategoricalCrossentropy, SparseCategoricalAccuracy), kernel_size=3 as an int
import tensorflow as tf


def build_feature_extractor():
    return tf.keras.Sequential([
        tf.keras.layers.Conv2D(filters=8, kernel_size=3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Flatten(),
    ])


def make_shapes_classifier():
    inputs = tf.keras.Input(shape=(16, 16, 1))
    x = build_feature_extractor()(inputs)
    outputs = tf.keras.layers.Dense(4, activation="softmax")(x)
    model = tf.keras.Model(inputs, outputs)
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(),
                  metrics=[tf.keras.metrics.SparseCategoricalAccuracy()])
    return model
