# expect: test_first_nan=0
# why: counts batches from 1 (enumerate(..., start=1)); the text asks for the 0-based index
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for number, (x, y) in enumerate(dataset, start=1):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if not np.isfinite(float(loss)):
            return number
    return None
