# expect: test_regression_net=0
# why: a ReLU on the output layer: negative targets can never be predicted
class RegressionNet(keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.output_layer = keras.layers.Dense(1, activation="relu")

    def call(self, inputs, training=None):
        return self.output_layer(self.hidden(inputs))
