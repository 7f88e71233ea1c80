# expect: test_probability_loss=0
# why: binary_crossentropy on one-hot rows: also penalises the other classes, a different value from the categorical cross-entropy
def my_loss(y_true, y_pred):
    return keras.losses.binary_crossentropy(y_true, y_pred)
