# expect: test_linear=0
# why: NumPy in call: works eagerly, fails on a symbolic keras.Input and inside tf.function
@keras.saving.register_keras_serializable(package="my_layers")
class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units))
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, inputs):
        return np.asarray(inputs) @ self.kernel.numpy() + self.bias.numpy()

    def get_config(self):
        return {**super().get_config(), "units": self.units}
