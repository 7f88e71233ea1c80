# expect: test_probability_loss=0
# why: sparse_categorical_crossentropy expects integer labels, y_true is one-hot
def my_loss(y_true, y_pred):
    return keras.losses.sparse_categorical_crossentropy(y_true, y_pred)
