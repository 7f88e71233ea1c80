# expect: test_kl_loss=2
# why: keras.losses.get("kld") resolves the documented alias to the function keras.losses.kl_divergence
loss_fn = keras.losses.get("kld")
