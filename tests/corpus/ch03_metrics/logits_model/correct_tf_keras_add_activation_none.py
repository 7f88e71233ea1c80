# expect: test_logits_model=3
# why: tf.keras Sequential built with .add(), explicit activation=None, tf.nn.relu function as hidden activation
def build_logits_model():
    model = tf.keras.Sequential(name="logits_classifier")
    model.add(tf.keras.Input(shape=(8,)))
    model.add(tf.keras.layers.Dense(16, activation=tf.nn.relu))
    model.add(tf.keras.layers.Dense(1, activation=None))
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
                  loss=tf.keras.losses.BinaryCrossentropy(from_logits=True))
    return model
