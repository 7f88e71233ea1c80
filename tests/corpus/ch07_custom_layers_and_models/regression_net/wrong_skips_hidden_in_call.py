# expect: test_regression_net=0
# why: creates the hidden layer but call uses only the output layer
class RegressionNet(keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.output_layer = keras.layers.Dense(1)

    def call(self, inputs, training=None):
        return self.output_layer(inputs)
