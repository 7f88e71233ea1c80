loss_fn = keras.losses.kl_divergence
