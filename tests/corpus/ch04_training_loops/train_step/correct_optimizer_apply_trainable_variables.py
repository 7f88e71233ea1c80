# expect: test_train_step=5
# why: optimizer.apply(gradients, variables) is the Keras 3 form of apply_gradients; trainable_variables == trainable_weights
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        loss = loss_fn(y, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply(gradients, model.trainable_variables)
    return loss
