# expect: test_moving_center=5
# why: flattens every axis but the last before the mean (the same batch mean) and uses assign_add for the update
@keras.saving.register_keras_serializable(package="answers")
class MovingCenter(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = float(momentum)

    def build(self, input_shape):
        self.features = input_shape[-1]
        self.moving_mean = self.add_weight(shape=(self.features,), initializer="zeros", trainable=False)

    def call(self, inputs, training=None):
        if training:
            batch_mean = ops.mean(ops.reshape(inputs, (-1, self.features)), axis=0)
            self.moving_mean.assign_add((1.0 - self.momentum) * (batch_mean - self.moving_mean))
            return inputs - batch_mean
        return inputs - self.moving_mean

    def get_config(self):
        return {**super().get_config(), "momentum": self.momentum}
