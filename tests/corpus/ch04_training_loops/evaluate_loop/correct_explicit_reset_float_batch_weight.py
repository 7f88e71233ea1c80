# expect: test_evaluate_loop=3
# why: fresh Mean and SparseCategoricalAccuracy per call (reset_state too, harmless), loss_fn weighted by the batch size cast to float, scalar tensors returned
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_loss_object_and_graph_loop (before the corpus)
def evaluate_loop(model, loss_fn, dataset):
    loss_metric = keras.metrics.Mean()
    acc_metric = keras.metrics.SparseCategoricalAccuracy()
    loss_metric.reset_state()
    acc_metric.reset_state()
    for x, y in dataset:
        y_pred = model(x, training=False)
        batch_size = tf.cast(tf.shape(y)[0], "float32")
        loss_metric.update_state(loss_fn(y, y_pred), sample_weight=batch_size)
        acc_metric.update_state(y, y_pred)
    return {"loss": loss_metric.result(), "accuracy": acc_metric.result()}
