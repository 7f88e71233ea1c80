# expect: test_evaluate_loop=0
# why: keras.metrics.Accuracy compares labels with predictions element by element: on the raw (batch, classes) probabilities, without argmax, it fails on shapes (or matches nothing)
def evaluate_loop(model, loss_fn, dataset):
    loss_mean = keras.metrics.Mean()
    accuracy = keras.metrics.Accuracy()
    for x, y in dataset:
        predictions = model(x, training=False)
        loss_mean.update_state(loss_fn(y, predictions), sample_weight=tf.shape(x)[0])
        accuracy.update_state(y, predictions)
    return {"loss": float(loss_mean.result()), "accuracy": float(accuracy.result())}
