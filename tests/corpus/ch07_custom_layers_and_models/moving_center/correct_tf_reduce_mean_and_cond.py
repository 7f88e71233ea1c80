# expect: test_moving_center=5
# why: tf.reduce_mean over all axes but the last, assign with tf ops, training compared with `is True`-free truthiness
@tf.keras.utils.register_keras_serializable(package="my_layers")
class MovingCenter(tf.keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum

    def build(self, input_shape):
        self.moving_mean = self.add_weight(name="moving_mean", shape=(input_shape[-1],),
                                           initializer=tf.keras.initializers.Zeros(), trainable=False)

    def call(self, inputs, training=None):
        if not training:
            return inputs - self.moving_mean
        axes = list(range(len(inputs.shape) - 1))
        batch_mean = tf.reduce_mean(inputs, axis=axes)
        self.moving_mean.assign(self.moving_mean * self.momentum + batch_mean * (1 - self.momentum))
        return inputs - batch_mean

    def get_config(self):
        config = super().get_config()
        config.update(momentum=self.momentum)
        return config
