# expect: test_make_alphabet_classifier=3
# why: Functional model, GRU instead of LSTM, logits output with from_logits=True (accuracy unchanged by softmax)
def make_alphabet_classifier():
    letters = tf.keras.Input(shape=(3,), dtype="int32")
    x = tf.keras.layers.Embedding(input_dim=26, output_dim=16)(letters)
    x = tf.keras.layers.GRU(64)(x)
    logits = tf.keras.layers.Dense(26)(x)
    model = tf.keras.Model(letters, logits)
    model.compile(optimizer=tf.keras.optimizers.Adam(0.01),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    return model
