# expect: test_regression_net=4
# why: a wider hidden layer by default (64) still trains to the threshold; ops.cast of the inputs
class RegressionNet(keras.Model):
    def __init__(self, hidden=64, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.output_layer = keras.layers.Dense(1)

    def call(self, inputs, training=None):
        return self.output_layer(self.hidden(ops.cast(inputs, "float32")))
