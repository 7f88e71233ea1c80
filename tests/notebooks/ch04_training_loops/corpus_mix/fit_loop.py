# expect: test_fit_loop=4
# why: a @tf.function step defined inside the loop function, closing over model, optimizer and loss_fn
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    @tf.function
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        return loss

    epoch_loss = keras.metrics.Mean()
    per_epoch = []
    for epoch in range(epochs):
        epoch_loss.reset_state()
        for x, y in dataset:
            epoch_loss.update_state(step(x, y))
        per_epoch.append(float(epoch_loss.result()))
    return per_epoch
