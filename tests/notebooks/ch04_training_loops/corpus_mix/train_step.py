# expect: test_train_step=0
# why: loss_fn(predictions, y) swaps y_true and y_pred; the text says loss_fn(y, predictions)
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        loss = loss_fn(predictions, y)
    gradients = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(gradients, model.trainable_weights))
    return loss
