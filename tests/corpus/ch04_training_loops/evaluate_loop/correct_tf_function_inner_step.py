# expect: test_evaluate_loop=3
# why: fresh tf.keras metrics on every call, updated inside a tf.function step defined in the call
def evaluate_loop(model, loss_fn, dataset):
    loss_metric = tf.keras.metrics.Mean()
    acc_metric = tf.keras.metrics.SparseCategoricalAccuracy()

    @tf.function
    def step(x, y):
        y_pred = model(x, training=False)
        loss_metric.update_state(loss_fn(y, y_pred), sample_weight=tf.shape(y)[0])
        acc_metric.update_state(y, y_pred)

    for x, y in dataset:
        step(x, y)
    return {"loss": float(loss_metric.result()), "accuracy": float(acc_metric.result())}
