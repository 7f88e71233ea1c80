# expect: test_first_nan=3
# why: checks the loss before applying the gradients, so the weights stay finite; the returned index is the same
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for i, (inputs, targets) in enumerate(dataset):
        with tf.GradientTape() as tape:
            loss_value = loss_fn(targets, model(inputs, training=True))
        if not np.isfinite(float(loss_value)):
            return i
        gradients = tape.gradient(loss_value, model.trainable_variables)
        optimizer.apply(gradients, model.trainable_variables)
    return None
