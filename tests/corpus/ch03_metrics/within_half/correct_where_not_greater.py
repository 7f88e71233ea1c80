# expect: test_within_half=3
# why: ops.where(|d| > 0.5, 0, 1): the same boundary (exactly 0.5 is a hit), per example
from keras import ops as K


def within_half(y_true, y_pred):
    diff = K.abs(K.cast(y_true, "float32") - K.cast(y_pred, "float32"))
    return K.mean(K.where(K.greater(diff, 0.5), 0.0, 1.0), axis=-1)
