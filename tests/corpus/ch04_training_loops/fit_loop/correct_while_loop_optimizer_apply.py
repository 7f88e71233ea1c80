# expect: test_fit_loop=4
# why: eager loop with a while counter and optimizer.apply; same updates and the same per-epoch means
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    tracker = keras.metrics.Mean()
    losses = []
    epoch = 0
    while epoch < epochs:
        tracker.reset_state()
        for batch_x, batch_y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(batch_y, model(batch_x, training=True))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply(grads, model.trainable_variables)
            tracker.update_state(loss)
        losses.append(float(tracker.result()))
        epoch += 1
    return losses
