# expect: test_train_step=5
# why: an explicit default argument of tape.gradient (unconnected_gradients=NONE) and a keyword training=True call through tf.keras names
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape(watch_accessed_variables=True) as tape:
        outputs = model(x, training=True)
        loss = loss_fn(y, outputs)
    grads = tape.gradient(loss, model.trainable_weights,
                          unconnected_gradients=tf.UnconnectedGradients.NONE)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return loss
