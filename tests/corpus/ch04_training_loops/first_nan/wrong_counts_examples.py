# expect: test_first_nan=0
# why: returns the number of examples seen before the bad batch (a row offset), not the batch index
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    seen = 0
    for x, y in dataset:
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if not np.isfinite(float(loss)):
            return seen
        seen += int(tf.shape(x)[0])
    return None
