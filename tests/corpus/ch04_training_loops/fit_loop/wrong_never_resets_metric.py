# expect: test_fit_loop=0
# why: the Mean is never reset, so epoch 2 reports the mean of epochs 1 and 2 (section 3 warns about it)
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
        history.append(float(mean_loss.result()))
    return history
