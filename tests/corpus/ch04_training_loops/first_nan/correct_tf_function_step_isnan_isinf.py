# expect: test_first_nan=3
# why: a tf.function step closing over the arguments; np.isnan or np.isinf on the numpy loss covers both non-finite cases
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    @tf.function
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
        return loss

    position = 0
    for x, y in dataset:
        value = step(x, y).numpy()
        if np.isnan(value) or np.isinf(value):
            return position
        position += 1
    return None
