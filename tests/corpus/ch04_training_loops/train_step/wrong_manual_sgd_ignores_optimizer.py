# expect: test_train_step=0
# why: hand-rolled SGD with a hard-coded learning rate 0.1 ignores the optimizer given (matches only SGD(0.1), never Adam or another rate)
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    gradients = tape.gradient(loss, model.trainable_weights)
    for variable, gradient in zip(model.trainable_weights, gradients):
        variable.assign_sub(0.1 * gradient)
    return loss
