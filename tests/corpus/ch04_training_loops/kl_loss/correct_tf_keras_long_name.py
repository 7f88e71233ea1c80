# expect: test_kl_loss=2
# why: tf.keras.losses.kullback_leibler_divergence is the same function as keras.losses.kl_divergence (tf.keras exports it under its long and KLD/kld names)
loss_fn = tf.keras.losses.kullback_leibler_divergence
