# expect: test_logits_model=3
# why: explicit default arguments everywhere (use_bias, initializers, Adam betas, label_smoothing=0.0, axis=-1)
def build_logits_model():
    model = keras.Sequential()
    model.add(keras.Input(shape=(8,)))
    model.add(keras.layers.Dense(16, activation="relu", use_bias=True,
                                 kernel_initializer="glorot_uniform", bias_initializer="zeros"))
    model.add(keras.layers.Dense(1, use_bias=True))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01, beta_1=0.9, beta_2=0.999),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True, label_smoothing=0.0, axis=-1))
    return model
