# expect: test_activity_penalty=0
# why: adds the mean square and the rate-scaled one as two losses instead of one
@keras.saving.register_keras_serializable(package="my_layers")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        squared = ops.mean(ops.square(inputs))
        self.add_loss(squared)
        self.add_loss(self.rate * squared)
        return inputs

    def get_config(self):
        return {**super().get_config(), "rate": self.rate}
