loss_fn = keras.losses.get("kl_divergence")
