# expect: test_kl_loss=0
# why: the class itself, not a Loss object: loss_fn(y, p) calls the constructor (reduction=y, name=p) instead of computing a loss
loss_fn = keras.losses.KLDivergence
