# expect: test_kl_loss=0
# why: sparse categorical cross-entropy expects integer labels; the exercise's targets are one-hot or probability vectors
loss_fn = keras.losses.SparseCategoricalCrossentropy()
