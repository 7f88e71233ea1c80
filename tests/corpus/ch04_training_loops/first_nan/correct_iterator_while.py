# expect: test_first_nan=3
# why: explicit iterator with a while loop and StopIteration; tf.keras names, tf.math.is_finite on the loss
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    iterator = iter(dataset)
    index = 0
    while True:
        try:
            x, y = next(iterator)
        except StopIteration:
            return None
        with tf.GradientTape() as tape:
            predictions = model(x, training=True)
            loss = loss_fn(y, predictions)
        optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_weights), model.trainable_weights))
        if not tf.math.is_finite(loss).numpy():
            return index
        index += 1
