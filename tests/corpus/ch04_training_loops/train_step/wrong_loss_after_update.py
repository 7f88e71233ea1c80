# expect: test_train_step=0
# why: returns the loss recomputed after the update, not the batch loss computed before it
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    gradients = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(gradients, model.trainable_weights))
    return loss_fn(y, model(x, training=True))
