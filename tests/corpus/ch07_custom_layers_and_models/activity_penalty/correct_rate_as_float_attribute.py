# expect: test_activity_penalty=3
# why: the penalty computed first into a local, rate stored as float, config built by dict()
@keras.saving.register_keras_serializable(package="ch7answers", name="ActivityPenalty")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = float(rate)

    def call(self, inputs):
        penalty = ops.mean(ops.square(inputs))
        self.add_loss(penalty * self.rate)
        return inputs

    def get_config(self):
        return dict(super().get_config(), rate=self.rate)
