# expect: test_weighted_bce=0
# why: multiplies the whole loss by pos_weight, negatives included
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        return pos_weight * keras.losses.binary_crossentropy(y_true, y_pred)
    return loss
