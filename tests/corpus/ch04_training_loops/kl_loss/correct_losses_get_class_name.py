# expect: test_kl_loss=2
# why: keras.losses.get("KLDivergence") returns a Loss object wrapping kl_divergence with the default reduction
loss_fn = keras.losses.get("KLDivergence")
