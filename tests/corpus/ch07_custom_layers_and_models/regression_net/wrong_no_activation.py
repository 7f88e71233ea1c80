# expect: test_regression_net=0
# why: the hidden Dense has no activation: two linear layers are one linear model
class RegressionNet(keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden)
        self.output_layer = keras.layers.Dense(1)

    def call(self, inputs, training=None):
        return self.output_layer(self.hidden(inputs))
