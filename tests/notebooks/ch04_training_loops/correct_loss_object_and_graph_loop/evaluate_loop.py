def evaluate_loop(model, loss_fn, dataset):
    loss_metric = keras.metrics.Mean()
    acc_metric = keras.metrics.SparseCategoricalAccuracy()
    loss_metric.reset_state()
    acc_metric.reset_state()
    for x, y in dataset:
        y_pred = model(x, training=False)
        per_example = keras.losses.sparse_categorical_crossentropy(y, y_pred)
        loss_metric.update_state(per_example)
        acc_metric.update_state(y, y_pred)
    return {"loss": loss_metric.result(), "accuracy": acc_metric.result()}
