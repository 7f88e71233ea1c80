# expect: test_kl_loss=2
# why: spelling out the default reduction ("sum_over_batch_size") changes nothing
loss_fn = keras.losses.KLDivergence(reduction="sum_over_batch_size", name="kld")
