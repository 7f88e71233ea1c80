# expect: test_first_nan=3
# why: Dataset.enumerate yields int64 tensors, converted with int(); falling off the end returns None implicitly
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for step, (x, y) in dataset.enumerate():
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        if not tf.reduce_all(tf.math.is_finite(loss)):
            return int(step)
