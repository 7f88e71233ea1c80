# expect: test_activity_penalty=3
# why: the mean written as a sum divided by the number of elements, returned through tf.identity
@keras.saving.register_keras_serializable(package="answers")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        count = tf.cast(tf.size(inputs), inputs.dtype)
        self.add_loss(self.rate * ops.sum(inputs * inputs) / count)
        return tf.identity(inputs)

    def get_config(self):
        return {**super().get_config(), "rate": self.rate}
