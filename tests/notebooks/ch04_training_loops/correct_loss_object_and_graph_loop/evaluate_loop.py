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
