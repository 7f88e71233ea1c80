# expect: test_train_step=5
# why: a persistent tape created before the with-block and deleted after use: the gradients are identical
def train_step(model, optimizer, loss_fn, x, y):
    tape = tf.GradientTape(persistent=True)
    with tape:
        y_pred = model(x, training=True)
        loss_value = loss_fn(y, y_pred)
    gradients = tape.gradient(loss_value, model.trainable_weights)
    del tape
    optimizer.apply_gradients(zip(gradients, model.trainable_weights))
    return loss_value
