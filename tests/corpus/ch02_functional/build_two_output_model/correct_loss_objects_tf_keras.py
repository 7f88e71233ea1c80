# expect: test_two_output_architecture=2, test_two_output_compile=2
# why: tf.keras namespace, loss objects (MeanSquaredError, BinaryCrossentropy) in a dict, learning rate written 5e-3
import tensorflow as tf


def build_two_output_model():
    inputs = tf.keras.Input(shape=(4,))
    trunk = tf.keras.layers.Dense(32, activation=tf.nn.relu)(inputs)
    value = tf.keras.layers.Dense(1, activation=None, name="value")(trunk)
    positive = tf.keras.layers.Dense(1, activation=tf.nn.sigmoid, name="positive")(trunk)
    model = tf.keras.Model(inputs, [value, positive])
    model.compile(
        optimizer=tf.keras.optimizers.Adam(learning_rate=5e-3),
        loss={"value": tf.keras.losses.MeanSquaredError(), "positive": tf.keras.losses.BinaryCrossentropy()},
        loss_weights={"value": 1.0, "positive": 0.2},
    )
    return model
