# expect: test_first_nan=3
# why: trains batch by batch with enumerate, tests the loss with tf.math.is_finite after the step, returns at the first failure
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for index, (x, y) in enumerate(dataset):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if not bool(tf.math.is_finite(loss)):
            return index
    return None
