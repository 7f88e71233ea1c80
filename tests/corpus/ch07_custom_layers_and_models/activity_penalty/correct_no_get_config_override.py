# expect: test_activity_penalty=3
# why: no get_config: Keras 3 records rate from the constructor itself; the penalty as mean of x ** 2
@keras.saving.register_keras_serializable(package="penalties2")
class ActivityPenalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        self.add_loss(ops.multiply(self.rate, ops.mean(inputs ** 2)))
        return inputs
