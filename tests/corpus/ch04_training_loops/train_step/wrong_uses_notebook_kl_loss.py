# expect: test_train_step=0
# why: copies section 2 and uses the notebook's global kl_loss instead of the loss_fn argument: with integer labels the shapes do not match
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        loss = kl_loss(y, predictions)
    gradients = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(gradients, model.trainable_weights))
    return loss
