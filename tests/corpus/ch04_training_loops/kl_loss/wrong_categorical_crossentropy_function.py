# expect: test_kl_loss=0
# why: cross-entropy function, not KL: differs from KL on probability targets (extra entropy term)
loss_fn = keras.losses.categorical_crossentropy
