# expect: test_first_nan=0
# why: np.isnan misses inf: a batch whose loss is inf (not nan) is not reported; the text asks for nan or inf
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for index, (x, y) in enumerate(dataset):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if np.isnan(float(loss)):
            return index
    return None
