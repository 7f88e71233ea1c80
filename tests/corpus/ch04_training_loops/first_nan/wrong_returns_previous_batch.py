# expect: test_first_nan=0
# why: returns the last batch whose loss was still finite (index - 1), not the first non-finite one
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    last_good = None
    for index, (x, y) in enumerate(dataset):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if not np.isfinite(float(loss)):
            return last_good
        last_good = index
    return None
