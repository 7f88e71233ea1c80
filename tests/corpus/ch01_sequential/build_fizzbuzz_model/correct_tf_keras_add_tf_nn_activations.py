# expect: test_build_fizzbuzz_model=3, test_compile_fizzbuzz_model=3
# why: tf.keras is keras in TF >= 2.16; tf.nn.relu / tf.nn.softmax (stored as softmax_v2) are the same activations as "relu" / "softmax"
# source: seed 001 (tf.keras.Sequential().add(...), activation=tf.nn.softmax)
def build_fizzbuzz_model():
    model = tf.keras.Sequential()
    model.add(tf.keras.Input(shape=(10,)))
    model.add(tf.keras.layers.Dense(256, activation=tf.nn.relu))
    model.add(tf.keras.layers.Dense(4, activation=tf.nn.softmax))
    return model
