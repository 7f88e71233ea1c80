# expect: test_linear=5
# why: a call that accepts and ignores training, the default package, keras.ops.add
@keras.saving.register_keras_serializable()
class Linear(keras.layers.Layer):
    def __init__(self, units=32, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        self.units = int(units)

    def build(self, input_shape):
        last = input_shape[-1]
        self.kernel = self.add_weight(shape=(last, self.units), initializer="glorot_uniform", name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")
        super().build(input_shape)

    def call(self, inputs, training=None):
        return ops.add(ops.matmul(inputs, self.kernel), self.bias)

    def get_config(self):
        base = super().get_config()
        base["units"] = self.units
        return base
