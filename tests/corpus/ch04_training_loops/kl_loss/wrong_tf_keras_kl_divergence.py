# expect: test_kl_loss=0
# why: fixes only the seed's typo (tf.keras.losses.k1_divergence -> kl_divergence); tf.keras.losses has no kl_divergence (only KLDivergence, KLD, kld, kullback_leibler_divergence), so loss_fn is never defined
# source: seed 003 "loss_fn = tf.keras.losses.k1_divergence"
loss_fn = tf.keras.losses.kl_divergence
