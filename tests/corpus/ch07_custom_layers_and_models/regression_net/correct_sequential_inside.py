# expect: test_regression_net=4
# why: the two layers held in a Sequential attribute, called in call
class RegressionNet(keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.body = keras.Sequential([keras.layers.Dense(hidden, activation="relu"), keras.layers.Dense(1)])

    def call(self, inputs, training=None):
        return self.body(inputs, training=training)
