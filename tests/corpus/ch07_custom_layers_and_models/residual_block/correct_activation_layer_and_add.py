# expect: test_residual_block=4
# why: Dense + ReLU layers, keras.layers.Add, a flag set in build to choose the shortcut
@keras.saving.register_keras_serializable(package="resnet_parts")
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.hidden = keras.layers.Dense(units)
        self.hidden_relu = keras.layers.ReLU()
        self.out = keras.layers.Dense(units, activation=None)
        self.add = keras.layers.Add()
        self.final_relu = keras.layers.Activation("relu")
        self.projection = keras.layers.Dense(units)

    def build(self, input_shape):
        self.needs_projection = input_shape[-1] != self.units

    def call(self, inputs):
        shortcut = self.projection(inputs) if self.needs_projection else inputs
        h = self.out(self.hidden_relu(self.hidden(inputs)))
        return self.final_relu(self.add([h, shortcut]))

    def get_config(self):
        return {**super().get_config(), "units": self.units}
