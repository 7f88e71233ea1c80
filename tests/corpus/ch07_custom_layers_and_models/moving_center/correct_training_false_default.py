# expect: test_moving_center=5
# why: training=False as the default, the update written as a lerp, the config without super() keys merged by dict()
@keras.saving.register_keras_serializable(package="layers_ch7")
class MovingCenter(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum

    def build(self, input_shape):
        self.moving_mean = self.add_weight(shape=(input_shape[-1],), initializer="zeros", trainable=False,
                                           name="mean")
        self.built = True

    def call(self, inputs, training=False):
        if training:
            batch_mean = ops.mean(inputs, axis=list(range(len(inputs.shape) - 1)))
            new_mean = self.moving_mean + (batch_mean - self.moving_mean) * (1 - self.momentum)
            self.moving_mean.assign(new_mean)
            return ops.subtract(inputs, batch_mean)
        return ops.subtract(inputs, self.moving_mean)

    def get_config(self):
        return dict(super().get_config(), momentum=self.momentum)
