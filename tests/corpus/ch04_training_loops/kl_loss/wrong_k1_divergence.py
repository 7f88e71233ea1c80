# expect: test_kl_loss=0
# why: the tutorial's typo kept: keras.losses.k1_divergence does not exist, so the cell raises AttributeError and loss_fn is never set: test 0
# source: the hand-written scenario tests/notebooks/ch04_training_loops/wrong_k1_divergence (before the corpus)
loss_fn = keras.losses.k1_divergence
