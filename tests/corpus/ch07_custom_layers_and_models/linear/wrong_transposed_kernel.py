# expect: test_linear=0
# why: kernel of shape (units, input_dim), used as inputs @ transpose(kernel): the weight shapes are not the asked ones
@keras.saving.register_keras_serializable(package="my_layers")
class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(self.units, input_shape[-1]))
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, inputs):
        return ops.matmul(inputs, ops.transpose(self.kernel)) + self.bias

    def get_config(self):
        return {**super().get_config(), "units": self.units}
