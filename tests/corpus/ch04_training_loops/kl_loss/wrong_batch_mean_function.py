# expect: test_kl_loss=0
# why: a function that returns the batch mean instead of one KL value per example, unlike the Keras loss function it wraps (sample weights / reductions break)
def loss_fn(y_true, y_pred):
    return tf.reduce_mean(keras.losses.kl_divergence(y_true, y_pred))
