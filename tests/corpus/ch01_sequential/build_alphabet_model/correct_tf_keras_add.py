# expect: test_alphabet_architecture=2, test_alphabet_compile=1
# why: tf.keras spelling, .add(), integer Input of timesteps letters, activation=tf.nn.softmax (softmax_v2)
def build_alphabet_model(timesteps):
    model = tf.keras.Sequential()
    model.add(tf.keras.Input(shape=(timesteps,), dtype="int32"))
    model.add(tf.keras.layers.Embedding(input_dim=26, output_dim=8))
    model.add(tf.keras.layers.LSTM(32))
    model.add(tf.keras.layers.Dense(26, activation=tf.nn.softmax))
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.01),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
