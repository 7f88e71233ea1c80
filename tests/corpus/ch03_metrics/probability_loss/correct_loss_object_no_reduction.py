# expect: test_probability_loss=3
# why: a CategoricalCrossentropy object with reduction=None returns one value per example
_cce = keras.losses.CategoricalCrossentropy(from_logits=False, reduction=None)


def my_loss(y_true, y_pred):
    return _cce(y_true, y_pred)
