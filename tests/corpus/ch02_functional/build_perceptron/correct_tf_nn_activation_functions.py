# expect: test_build_perceptron=3
# why: activations passed as functions (tf.nn.relu, tf.nn.sigmoid) instead of strings compute the same model
import tensorflow as tf


def build_perceptron():
    visible = keras.Input(shape=(10,))
    hidden1 = layers.Dense(10, activation=tf.nn.relu)(visible)
    hidden2 = layers.Dense(20, activation=tf.nn.relu)(hidden1)
    hidden3 = layers.Dense(10, activation=tf.nn.relu)(hidden2)
    output = layers.Dense(1, activation=tf.nn.sigmoid)(hidden3)
    return keras.Model(inputs=visible, outputs=output)
