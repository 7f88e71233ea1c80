# expect: test_fit_loop=0
# why: one pass over the data whatever `epochs` is; returns a single mean
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    mean_loss = keras.metrics.Mean()
    mean_loss.reset_state()
    for x, y in dataset:
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        mean_loss.update_state(loss)
    return [float(mean_loss.result())]
