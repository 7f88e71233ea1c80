# expect: test_regression_net=0
# why: the default width is 1, not 32: one ReLU unit cannot fit the target
class RegressionNet(keras.Model):
    def __init__(self, hidden=1, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.output_layer = keras.layers.Dense(1)

    def call(self, inputs, training=None):
        return self.output_layer(self.hidden(inputs))
