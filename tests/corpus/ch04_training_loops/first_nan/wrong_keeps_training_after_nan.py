# expect: test_first_nan=0
# why: remembers the first bad index but keeps training over the whole epoch instead of stopping there
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    first = None
    for index, (x, y) in enumerate(dataset):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if first is None and not np.isfinite(float(loss)):
            first = index
    return first
