# expect: test_moving_center=0
# why: the batch mean over axis 0 only: on a rank-3 input it has shape (t, features), not (features,)
@keras.saving.register_keras_serializable(package="my_layers")
class MovingCenter(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum

    def build(self, input_shape):
        self.moving_mean = self.add_weight(shape=(input_shape[-1],), initializer="zeros", trainable=False)

    def call(self, inputs, training=None):
        if training:
            batch_mean = ops.mean(inputs, axis=0)
            self.moving_mean.assign(self.momentum * self.moving_mean + (1 - self.momentum) * batch_mean)
            return inputs - batch_mean
        return inputs - self.moving_mean

    def get_config(self):
        return {**super().get_config(), "momentum": self.momentum}
