# expect: test_kl_loss=0
# why: computes KL(predictions || targets): the arguments are swapped, so one-hot targets are clipped and the value explodes
def loss_fn(y_true, y_pred):
    return keras.losses.kl_divergence(y_pred, y_true)
