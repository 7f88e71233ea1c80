# expect: test_residual_block=0
# why: adds the first Dense's output instead of the block's input as the shortcut
@keras.saving.register_keras_serializable(package="my_layers")
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.hidden = keras.layers.Dense(units, activation="relu")
        self.linear = keras.layers.Dense(units)

    def call(self, inputs):
        h = self.hidden(inputs)
        return ops.relu(self.linear(h) + h)

    def get_config(self):
        return {**super().get_config(), "units": self.units}
