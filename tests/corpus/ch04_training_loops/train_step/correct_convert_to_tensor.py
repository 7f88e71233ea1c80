# expect: test_train_step=5
# why: converting the inputs and the returned loss to tensors is harmless, eagerly and inside tf.function
def train_step(model, optimizer, loss_fn, x, y):
    x = tf.convert_to_tensor(x)
    y = tf.convert_to_tensor(y)
    with tf.GradientTape() as tape:
        probabilities = model(x, training=True)
        loss_value = loss_fn(y, probabilities)
    trainable = model.trainable_weights
    optimizer.apply_gradients(zip(tape.gradient(loss_value, trainable), trainable))
    return tf.convert_to_tensor(loss_value)
