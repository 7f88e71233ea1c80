loss_fn = keras.losses.k1_divergence
