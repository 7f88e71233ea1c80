# expect: test_probability_loss=3
# why: calls keras.losses.categorical_crossentropy (probabilities in, clips internally, per example)
def my_loss(y_true, y_pred):
    return keras.losses.categorical_crossentropy(y_true, y_pred)
