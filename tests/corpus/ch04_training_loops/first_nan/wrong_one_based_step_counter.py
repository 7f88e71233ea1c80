# expect: test_first_nan=0
# why: counts batches from 1 (step += 1 before the check) and returns that counter: the index is one too high, not the 0-based index asked, test 0
# source: the hand-written scenario tests/notebooks/ch04_training_loops/wrong_override_reports_loss_only (before the corpus)
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    step = 0
    for x, y in dataset:
        step += 1
        with tf.GradientTape() as tape:
            loss_value = loss_fn(y, model(x, training=True))
        if not np.isfinite(loss_value.numpy()):
            return step
        gradients = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply_gradients(zip(gradients, model.trainable_weights))
    return None
