def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    step = 0
    for x, y in dataset:
        step += 1
        with tf.GradientTape() as tape:
            loss_value = loss_fn(y, model(x, training=True))
        if not np.isfinite(loss_value.numpy()):
            return step
        gradients = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
    return None
