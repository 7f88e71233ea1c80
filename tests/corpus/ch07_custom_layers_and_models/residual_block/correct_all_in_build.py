# expect: test_residual_block=4
# why: the sublayers made in build, the projection first, tf.nn.relu and keras.layers.add
@tf.keras.utils.register_keras_serializable(package="blocks2")
class ResidualBlock(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.project = None
        if input_shape[-1] != self.units:
            self.project = keras.layers.Dense(self.units)
        self.first = keras.layers.Dense(self.units, activation="relu")
        self.second = keras.layers.Dense(self.units)

    def call(self, inputs):
        shortcut = self.project(inputs) if self.project is not None else inputs
        return tf.nn.relu(keras.layers.add([self.second(self.first(inputs)), shortcut]))

    def get_config(self):
        config = super().get_config()
        config["units"] = self.units
        return config
