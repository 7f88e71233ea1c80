# expect: test_fit_loop=0
# why: trains correctly and prints the means but returns None instead of the list
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    mean_loss = keras.metrics.Mean()
    for epoch in range(epochs):
        mean_loss.reset_state()
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            gradients = tape.gradient(loss, model.trainable_weights)
            optimizer.apply_gradients(zip(gradients, model.trainable_weights))
            mean_loss.update_state(loss)
        print(f"epoch {epoch}: loss {float(mean_loss.result()):.4f}")
