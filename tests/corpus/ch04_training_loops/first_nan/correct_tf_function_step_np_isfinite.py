# expect: test_first_nan=3
# why: a tf.function step (forward, loss, update) returns the loss; np.isfinite on its value after each step, return the enumerate index, None at the end
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_numpy_evaluation_and_clipping (before the corpus)
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    @tf.function
    def step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True))
        grads = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))
        return loss

    for i, (x, y) in enumerate(dataset):
        if not np.isfinite(step(x, y).numpy()):
            return i
    return None
