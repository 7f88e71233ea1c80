# expect: test_fit_loop=0
# why: reports the loss of the last batch of each epoch (like section 2's print), not the epoch mean
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    history = []
    for _ in range(epochs):
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            gradients = tape.gradient(loss, model.trainable_weights)
            optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        history.append(float(loss))
    return history
