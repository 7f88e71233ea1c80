# expect: test_regression_net=4
# why: registered, with get_config returning hidden (not required, allowed), layers kept in a list
@keras.saving.register_keras_serializable(package="models")
class RegressionNet(keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super().__init__(**kwargs)
        self.hidden_units = hidden
        self.stack = [keras.layers.Dense(hidden, activation="relu"), keras.layers.Dense(1)]

    def call(self, inputs, training=None):
        x = inputs
        for layer in self.stack:
            x = layer(x)
        return x

    def get_config(self):
        return {**super().get_config(), "hidden": self.hidden_units}
