# expect: test_residual_block=4
# why: relu written as maximum(0, .), the shortcut decided in call from the static width
@keras.saving.register_keras_serializable(package="blocks3")
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.f1 = keras.layers.Dense(self.units, activation="relu")
        self.f2 = keras.layers.Dense(self.units)
        self.proj = keras.layers.Dense(self.units)

    def call(self, x):
        residual = self.f2(self.f1(x))
        if x.shape[-1] != self.units:
            x = self.proj(x)
        return ops.maximum(residual + x, 0.0)

    def get_config(self):
        return dict(super().get_config(), units=self.units)
