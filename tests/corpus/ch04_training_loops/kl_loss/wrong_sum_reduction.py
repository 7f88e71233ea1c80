# expect: test_kl_loss=0
# why: reduction="sum" returns the batch sum, not the KL loss Keras computes by default (batch mean)
loss_fn = keras.losses.KLDivergence(reduction="sum")
