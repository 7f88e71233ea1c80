# expect: test_probability_loss=0
# why: clips with a hard-coded 1e-3 instead of keras.config.epsilon(): the loss is capped at about 6.9 for confident mistakes
def my_loss(y_true, y_pred):
    p = ops.clip(y_pred, 1e-3, 1 - 1e-3)
    return -ops.sum(y_true * ops.log(p), axis=-1)
