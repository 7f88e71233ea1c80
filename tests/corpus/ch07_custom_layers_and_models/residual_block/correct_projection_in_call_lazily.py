# expect: test_residual_block=4
# why: every Dense created in __init__, the projection only called (so only built) when the widths differ
@keras.saving.register_keras_serializable(package="blocks")
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.dense_1 = keras.layers.Dense(units, activation="relu")
        self.dense_2 = keras.layers.Dense(units)
        self.shortcut = keras.layers.Dense(units)

    def call(self, inputs):
        h = self.dense_2(self.dense_1(inputs))
        skip = inputs if inputs.shape[-1] == self.units else self.shortcut(inputs)
        return ops.relu(h + skip)

    def get_config(self):
        return {**super().get_config(), "units": self.units}
