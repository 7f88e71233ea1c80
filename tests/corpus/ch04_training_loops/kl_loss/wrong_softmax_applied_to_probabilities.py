# expect: test_kl_loss=0
# why: treats the probability predictions as logits and applies softmax again, so the KL is computed on flattened probabilities
def loss_fn(y_true, y_pred):
    return keras.losses.kl_divergence(y_true, tf.nn.softmax(y_pred))
