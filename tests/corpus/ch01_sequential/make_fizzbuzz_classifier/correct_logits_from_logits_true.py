# expect: test_make_fizzbuzz_classifier=5
# why: logits output with SparseCategoricalCrossentropy(from_logits=True): argmax, hence accuracy, is the same as
#      with a softmax; tf.keras spelling, tf.nn.relu, metric object named "accuracy"
def make_fizzbuzz_classifier():
    model = tf.keras.Sequential([
        tf.keras.Input(shape=(10,)),
        tf.keras.layers.Dense(1024, activation=tf.nn.relu),
        tf.keras.layers.Dense(512, activation=tf.nn.relu),
        tf.keras.layers.Dense(4),
    ])
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.002),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=[tf.keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
    return model
