# expect: test_linear=0
# why: the old tutorial's layer kept: weights made in __init__ from input_dim, so any other input width fails
@keras.saving.register_keras_serializable(package="my_layers")
class Linear(keras.layers.Layer):
    def __init__(self, units=32, input_dim=3, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.input_dim = input_dim
        self.w = self.add_weight(shape=(input_dim, units), initializer="random_normal")
        self.b = self.add_weight(shape=(units,), initializer="zeros")

    def call(self, inputs):
        return ops.matmul(inputs, self.w) + self.b

    def get_config(self):
        return {**super().get_config(), "units": self.units, "input_dim": self.input_dim}
