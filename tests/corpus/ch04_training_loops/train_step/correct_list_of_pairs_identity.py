# expect: test_train_step=5
# why: a list of (gradient, variable) pairs instead of a zip iterator, and tf.identity around the returned loss: same step, same value
def train_step(model, optimizer, loss_fn, x, y):
    variables = model.trainable_weights
    with tf.GradientTape() as tape:
        batch_loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(batch_loss, variables)
    optimizer.apply_gradients(list(zip(grads, variables)))
    return tf.identity(batch_loss)
