# expect: test_build_pair_model=3
# why: tf.keras namespace with tf.nn.relu / tf.nn.sigmoid function activations
import tensorflow as tf


def build_pair_model():
    left = tf.keras.Input(shape=(8,))
    right = tf.keras.Input(shape=(8,))
    shared_dense = tf.keras.layers.Dense(16, activation=tf.nn.relu)
    encoded_left = shared_dense(left)
    encoded_right = shared_dense(right)
    merged = tf.keras.layers.concatenate([encoded_left, encoded_right])
    prediction = tf.keras.layers.Dense(1, activation=tf.nn.sigmoid)(merged)
    return tf.keras.Model(inputs=[left, right], outputs=prediction)
