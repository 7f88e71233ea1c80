# expect: test_regression_net=4
# why: a linear Dense, then keras.ops.relu in call (the same as activation="relu"), tf.keras spelling
class RegressionNet(tf.keras.Model):
    def __init__(self, hidden=32, **kwargs):
        super(RegressionNet, self).__init__(**kwargs)
        self.dense = tf.keras.layers.Dense(hidden)
        self.head = tf.keras.layers.Dense(1, activation=None)

    def call(self, inputs, training=False):
        return self.head(ops.relu(self.dense(inputs)))
