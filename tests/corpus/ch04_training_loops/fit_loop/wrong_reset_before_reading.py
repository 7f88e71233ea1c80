# expect: test_fit_loop=0
# why: resets the Mean at the end of the epoch, before reading it: every reported mean is 0.0
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    mean_loss = keras.metrics.Mean()
    history = []
    for _ in range(epochs):
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            gradients = tape.gradient(loss, model.trainable_weights)
            optimizer.apply_gradients(zip(gradients, model.trainable_weights))
            mean_loss.update_state(loss)
        mean_loss.reset_state()
        history.append(float(mean_loss.result()))
    return history
