# expect: test_regression_net=0
# why: a sigmoid output (a classifier's head) squeezes predictions into (0, 1)
class RegressionNet(keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.output_layer = keras.layers.Dense(1, activation="sigmoid")

    def call(self, inputs, training=None):
        return self.output_layer(self.hidden(inputs))
