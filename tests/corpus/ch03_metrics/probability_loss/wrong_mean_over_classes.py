# expect: test_probability_loss=0
# why: averages over the class axis instead of summing: the cross-entropy divided by the number of classes
def my_loss(y_true, y_pred):
    eps = keras.config.epsilon()
    p = ops.clip(y_pred, eps, 1 - eps)
    return -ops.mean(y_true * ops.log(p), axis=-1)
