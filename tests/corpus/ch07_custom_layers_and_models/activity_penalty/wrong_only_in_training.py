# expect: test_activity_penalty=0
# why: adds the loss only when training=True, but the exercise asks for it on every call
@keras.saving.register_keras_serializable(package="my_layers")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs, training=None):
        if training:
            self.add_loss(self.rate * ops.mean(ops.square(inputs)))
        return inputs

    def get_config(self):
        return {**super().get_config(), "rate": self.rate}
