# expect: test_kl_loss=2
# why: the text allows "the Keras loss function"; keras.losses.kl_divergence returns per-example KL values
# source: seed 003 (k1_divergence typo) / keras docs "kl_divergence function"
loss_fn = keras.losses.kl_divergence
