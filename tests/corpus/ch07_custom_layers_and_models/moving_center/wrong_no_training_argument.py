# expect: test_moving_center=0
# why: call has no training argument and always centres with the batch mean (and updates): training makes no difference
@keras.saving.register_keras_serializable(package="my_layers")
class MovingCenter(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum

    def build(self, input_shape):
        self.moving_mean = self.add_weight(shape=(input_shape[-1],), initializer="zeros", trainable=False)

    def call(self, inputs):
        batch_mean = ops.mean(inputs, axis=tuple(range(len(inputs.shape) - 1)))
        self.moving_mean.assign(self.momentum * self.moving_mean + (1 - self.momentum) * batch_mean)
        return inputs - batch_mean

    def get_config(self):
        return {**super().get_config(), "momentum": self.momentum}
