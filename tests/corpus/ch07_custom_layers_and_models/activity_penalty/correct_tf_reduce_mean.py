# expect: test_activity_penalty=3
# why: tf.reduce_mean(tf.square(x)) and a tf.keras registration; the call takes (and ignores) training
@tf.keras.utils.register_keras_serializable(package="penalties")
class ActivityPenalty(tf.keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs, training=None):
        self.add_loss(self.rate * tf.reduce_mean(tf.square(inputs)))
        return inputs

    def get_config(self):
        config = super().get_config()
        config.update({"rate": self.rate})
        return config
