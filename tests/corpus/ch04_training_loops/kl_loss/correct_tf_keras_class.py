# expect: test_kl_loss=2
# why: tf.keras resolves to Keras 3 here; tf.keras.losses.KLDivergence() is the same Loss object as keras.losses.KLDivergence()
# source: seed 003 uses tf.keras.losses
loss_fn = tf.keras.losses.KLDivergence()
