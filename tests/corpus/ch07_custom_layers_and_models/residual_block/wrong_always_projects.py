# expect: test_residual_block=0
# why: projects the shortcut even when the widths match (6 weights where the identity shortcut gives 4)
@keras.saving.register_keras_serializable(package="my_layers")
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.hidden = keras.layers.Dense(units, activation="relu")
        self.linear = keras.layers.Dense(units)
        self.projection = keras.layers.Dense(units)

    def call(self, inputs):
        return ops.relu(self.linear(self.hidden(inputs)) + self.projection(inputs))

    def get_config(self):
        return {**super().get_config(), "units": self.units}
