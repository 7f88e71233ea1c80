# expect: test_build_perceptron=3
# why: the same Functional MLP written entirely through tf.keras (Keras 3 behind tf.keras), as TF-era tutorials do
# source: seed 000 (tf.keras.layers.Input / tf.keras.models.Model)
import tensorflow as tf


def build_perceptron():
    x_in = tf.keras.layers.Input(shape=(10,))
    x = tf.keras.layers.Dense(10, activation="relu")(x_in)
    x = tf.keras.layers.Dense(20, activation="relu")(x)
    x = tf.keras.layers.Dense(10, activation="relu")(x)
    y_out = tf.keras.layers.Dense(1, activation="sigmoid")(x)
    return tf.keras.models.Model(inputs=x_in, outputs=y_out)
