# expect: test_probability_loss=0
# why: keras loss told from_logits=True on probabilities: the same double softmax
def my_loss(y_true, y_pred):
    return keras.losses.categorical_crossentropy(y_true, y_pred, from_logits=True)
