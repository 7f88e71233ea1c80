# expect: test_fit_loop=4
# why: one tf.function runs a whole epoch over the dataset, updating a Mean inside the graph; the Mean is reset before each epoch and read with float()
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_loss_object_and_graph_loop (before the corpus)
def fit_loop(model, optimizer, loss_fn, dataset, epochs=1):
    epoch_loss = keras.metrics.Mean(name="epoch_loss")

    @tf.function
    def run_epoch():
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            grads = tape.gradient(loss, model.trainable_weights)
            optimizer.apply_gradients(zip(grads, model.trainable_weights))
            epoch_loss.update_state(loss)

    history = []
    for _ in range(epochs):
        epoch_loss.reset_state()
        run_epoch()
        history.append(float(epoch_loss.result()))
    return history
