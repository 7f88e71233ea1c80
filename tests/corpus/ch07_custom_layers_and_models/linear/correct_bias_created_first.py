# expect: test_linear=5
# why: creates the bias before the kernel (another weight order) and uses keras.ops.einsum
@keras.saving.register_keras_serializable(package="course_answers", name="Linear")
class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros")
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="he_normal")

    def call(self, inputs):
        return ops.einsum("...i,ij->...j", inputs, self.kernel) + self.bias

    def get_config(self):
        return dict(super().get_config(), units=self.units)
