def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    losses = []
    for epoch in range(epochs):
        total, batches = 0.0, 0
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply(grads, model.trainable_variables)
            total += float(loss)
            batches += 1
        losses.append(total / batches)
    return losses
