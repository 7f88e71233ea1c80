# expect: test_fit_loop=0
# why: `return` indented inside the epoch loop: stops after the first epoch whatever `epochs` is
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    mean_loss = keras.metrics.Mean()
    history = []
    for _ in range(epochs):
        mean_loss.reset_state()
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            gradients = tape.gradient(loss, model.trainable_weights)
            optimizer.apply_gradients(zip(gradients, model.trainable_weights))
            mean_loss.update_state(loss)
        history.append(float(mean_loss.result()))
        return history
