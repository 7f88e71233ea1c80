# expect: test_activity_penalty=0
# why: returns the penalty instead of the inputs (and adds nothing)
@keras.saving.register_keras_serializable(package="my_layers")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        return self.rate * ops.mean(ops.square(inputs))

    def get_config(self):
        return {**super().get_config(), "rate": self.rate}
