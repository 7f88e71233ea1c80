# expect: test_build_fizzbuzz_model=0, test_compile_fizzbuzz_model=3
# why: the text asks for a keras.Sequential model; this is a Functional keras.Model (same layers)
# source: seed 000 (tf.keras.models.Model(inputs=[x_in], outputs=[y_out]))
def build_fizzbuzz_model():
    x_in = keras.Input(shape=(10,))
    x = layers.Dense(256, activation="relu")(x_in)
    y_out = layers.Dense(4, activation="softmax")(x)
    return keras.Model(inputs=[x_in], outputs=[y_out])
