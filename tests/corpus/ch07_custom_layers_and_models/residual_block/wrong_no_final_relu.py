# expect: test_residual_block=0
# why: returns h + shortcut without the final ReLU
@keras.saving.register_keras_serializable(package="my_layers")
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.hidden = keras.layers.Dense(units, activation="relu")
        self.linear = keras.layers.Dense(units)
        self.projection = keras.layers.Dense(units)

    def call(self, inputs):
        shortcut = inputs if inputs.shape[-1] == self.units else self.projection(inputs)
        return self.linear(self.hidden(inputs)) + shortcut

    def get_config(self):
        return {**super().get_config(), "units": self.units}
