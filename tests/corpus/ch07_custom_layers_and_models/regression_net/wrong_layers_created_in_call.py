# expect: test_regression_net=0
# why: new Dense layers made inside call: fresh random weights on every call, nothing is learned
class RegressionNet(keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.hidden_units = hidden

    def call(self, inputs, training=None):
        h = keras.layers.Dense(self.hidden_units, activation="relu")(inputs)
        return keras.layers.Dense(1)(h)
