# expect: test_activity_penalty=0
# why: the rate fixed at 0.01 in call, ignoring the constructor's rate
@keras.saving.register_keras_serializable(package="my_layers")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        self.add_loss(0.01 * ops.mean(ops.square(inputs)))
        return inputs

    def get_config(self):
        return {**super().get_config(), "rate": self.rate}
