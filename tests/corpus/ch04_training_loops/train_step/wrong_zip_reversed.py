# expect: test_train_step=0
# why: apply_gradients wants (gradient, variable) pairs; zip(variables, gradients) passes them the wrong way round
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    gradients = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(model.trainable_weights, gradients))
    return loss
