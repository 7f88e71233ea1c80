# expect: test_train_step=5
# why: tf.reduce_mean around loss_fn's value: a no-op on a scalar loss and the batch mean of a per-example loss function; gradients applied in one line
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_loss_object_and_graph_loop (before the corpus)
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        loss = tf.reduce_mean(loss_fn(y, predictions))
    optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_weights), model.trainable_weights))
    return loss
