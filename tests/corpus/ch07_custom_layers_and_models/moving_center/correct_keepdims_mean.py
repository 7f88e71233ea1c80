# expect: test_moving_center=5
# why: a keepdims mean subtracted by broadcasting, reshaped to (features,) for the update
@keras.saving.register_keras_serializable(package="mine")
class MovingCenter(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum

    def build(self, input_shape):
        self.moving_mean = self.add_weight(shape=(input_shape[-1],), initializer="zeros", trainable=False)

    def call(self, inputs, training=None):
        if training:
            mean = ops.mean(inputs, axis=tuple(range(len(inputs.shape) - 1)), keepdims=True)
            flat = ops.reshape(mean, (-1,))
            self.moving_mean.assign(self.momentum * self.moving_mean + (1 - self.momentum) * flat)
            return inputs - mean
        return inputs - self.moving_mean

    def get_config(self):
        config = super().get_config()
        config["momentum"] = self.momentum
        return config
