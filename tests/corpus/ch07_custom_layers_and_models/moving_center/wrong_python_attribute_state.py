# expect: test_moving_center=0
# why: the moving mean kept as a Python attribute, not a weight: no non-trainable weight, and nothing is saved
@keras.saving.register_keras_serializable(package="my_layers")
class MovingCenter(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum
        self.moving_mean = 0.0

    def call(self, inputs, training=None):
        if training:
            batch_mean = ops.mean(inputs, axis=tuple(range(len(inputs.shape) - 1)))
            self.moving_mean = self.momentum * self.moving_mean + (1 - self.momentum) * batch_mean
            return inputs - batch_mean
        return inputs - self.moving_mean

    def get_config(self):
        return {**super().get_config(), "momentum": self.momentum}
