# expect: test_fit_loop=0
# why: reset_states() is the old tf.keras (Keras 2) name; Keras 3 metrics only have reset_state(), so the loop raises AttributeError
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    mean_loss = keras.metrics.Mean()
    history = []
    for _ in range(epochs):
        mean_loss.reset_states()
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            gradients = tape.gradient(loss, model.trainable_weights)
            optimizer.apply_gradients(zip(gradients, model.trainable_weights))
            mean_loss.update_state(loss)
        history.append(float(mean_loss.result()))
    return history
