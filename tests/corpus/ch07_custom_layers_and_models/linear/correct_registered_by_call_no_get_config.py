# expect: test_linear=5
# why: no get_config override: Keras 3 records the constructor's arguments (units) itself, so the round trips work; registered by calling the decorator
class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units))
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, inputs):
        return inputs @ self.kernel + self.bias

Linear = keras.saving.register_keras_serializable(package="answers")(Linear)
