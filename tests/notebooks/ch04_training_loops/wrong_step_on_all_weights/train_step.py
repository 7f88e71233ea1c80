def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss_value = loss_fn(y, model(x, training=True))
    gradients = tape.gradient(loss_value, model.weights)
    optimizer.apply_gradients(zip(gradients, model.weights))
    return loss_value
