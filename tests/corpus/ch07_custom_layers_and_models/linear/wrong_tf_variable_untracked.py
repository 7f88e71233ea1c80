# expect: test_linear=0
# why: tf.Variable in build instead of add_weight: a Keras 3 layer does not track it (no weights, nothing trained or saved)
@keras.saving.register_keras_serializable(package="my_layers")
class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = tf.Variable(tf.random.normal((input_shape[-1], self.units)), trainable=True)
        self.b = tf.Variable(tf.zeros((self.units,)), trainable=True)

    def call(self, inputs):
        return tf.matmul(inputs, self.w) + self.b

    def get_config(self):
        return {**super().get_config(), "units": self.units}
