# expect: test_kl_loss=2
# why: `from keras import losses` and a harmless name= argument; still the default KLDivergence loss
from keras import losses

loss_fn = losses.KLDivergence(name="kl_divergence")
