# expect: test_train_step=0
# why: the seed's forward pass model(x) runs in inference mode: Dropout stays off and BatchNormalization uses its moving statistics
# source: seed 003 "predictions = model(inputs)"
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        predictions = model(x)
        loss = loss_fn(y, predictions)
    gradients = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(gradients, model.trainable_weights))
    return loss
