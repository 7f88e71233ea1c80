# expect: test_weighted_bce=0
# why: tf.nn.weighted_cross_entropy_with_logits exists for exactly this, but expects logits: the sigmoid output is squashed a second time
def make_weighted_bce(pos_weight):
    def loss(y_true, y_pred):
        y_true = tf.cast(y_true, y_pred.dtype)
        per_element = tf.nn.weighted_cross_entropy_with_logits(labels=y_true, logits=y_pred,
                                                               pos_weight=pos_weight)
        return tf.reduce_mean(per_element, axis=-1)
    return loss
