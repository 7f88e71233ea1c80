# expect: test_first_nan=0
# why: compares the loss with float("nan"); nan is never equal to anything, so the function always returns None
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for index, (x, y) in enumerate(dataset):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        if float(loss) == float("nan") or float(loss) == float("inf"):
            return index
    return None
