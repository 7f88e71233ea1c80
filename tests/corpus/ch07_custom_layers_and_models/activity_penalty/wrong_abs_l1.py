# expect: test_activity_penalty=0
# why: an L1 penalty (mean of |x|) instead of the mean square
@keras.saving.register_keras_serializable(package="my_layers")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        self.add_loss(self.rate * ops.mean(ops.abs(inputs)))
        return inputs

    def get_config(self):
        return {**super().get_config(), "rate": self.rate}
