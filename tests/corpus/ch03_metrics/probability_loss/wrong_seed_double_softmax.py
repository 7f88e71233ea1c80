# expect: test_probability_loss=0
# why: the seed's loss unchanged: probabilities passed as logits, softmax applied twice
# source: seed 000 (my_loss with softmax_cross_entropy_with_logits on a softmax model)
def my_loss(y_true, y_pred):
    return tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=y_pred)
