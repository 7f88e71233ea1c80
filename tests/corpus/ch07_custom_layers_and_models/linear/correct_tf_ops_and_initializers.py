# expect: test_linear=5
# why: tf.matmul/tf.tensordot style with explicit initializer objects and a tf.keras registration spelling
@tf.keras.utils.register_keras_serializable(package="my_layers")
class Linear(tf.keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super(Linear, self).__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(int(input_shape[-1]), self.units),
                                 initializer=keras.initializers.RandomNormal(stddev=0.05), trainable=True)
        self.b = self.add_weight(name="b", shape=(self.units,), initializer=keras.initializers.Zeros(),
                                 trainable=True)

    def call(self, inputs):
        return tf.tensordot(inputs, self.w, axes=1) + self.b

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units})
        return config
