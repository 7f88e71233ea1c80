# expect: test_kl_loss=0
# why: equals KL only for one-hot targets; with probability (soft) targets it is KL plus the target's entropy
# source: chapter text "with one-hot targets it equals the categorical cross-entropy"
loss_fn = keras.losses.CategoricalCrossentropy()
