# expect: test_weighted_bce=0
# why: keras binary_crossentropy with from_logits=True on sigmoid probabilities
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        y_true = ops.cast(y_true, y_pred.dtype)
        weights = ops.mean(ops.where(y_true == 1, pos_weight, 1.0), axis=-1)
        return weights * keras.losses.binary_crossentropy(y_true, y_pred, from_logits=True)
    return loss
