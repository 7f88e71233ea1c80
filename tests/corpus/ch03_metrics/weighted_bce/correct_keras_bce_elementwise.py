# expect: test_weighted_bce=4
# why: lets keras.losses.binary_crossentropy do the clipping on an added trailing axis (element-wise values), then weights and averages over the last axis
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        y_true = ops.cast(y_true, "float32")
        y_pred = ops.cast(y_pred, "float32")
        elementwise = keras.losses.binary_crossentropy(ops.expand_dims(y_true, -1),
                                                       ops.expand_dims(y_pred, -1))
        weight = ops.where(y_true == 1, ops.cast(pos_weight, "float32"), 1.0)
        return ops.mean(elementwise * weight, axis=-1)
    return loss
