# expect: test_probability_loss=0
# why: correct clipping and formula, but reduces to one scalar over the whole batch
def my_loss(y_true, y_pred):
    p = ops.clip(y_pred, keras.config.epsilon(), 1 - keras.config.epsilon())
    return ops.mean(-ops.sum(y_true * ops.log(p), axis=-1))
