# expect: test_first_nan=0
# why: returns -1 (the str.find convention) instead of None when every loss is finite
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for index, (x, y) in enumerate(dataset):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if not np.isfinite(float(loss)):
            return index
    return -1
