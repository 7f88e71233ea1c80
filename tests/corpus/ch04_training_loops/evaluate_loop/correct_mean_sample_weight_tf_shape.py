# expect: test_evaluate_loop=3
# why: the hinted Mean(sample_weight=n) with n from tf.shape, SparseCategoricalAccuracy, named metrics, results as scalar tensors
def evaluate_loop(model, loss_fn, dataset):
    loss_mean = keras.metrics.Mean(name="loss")
    accuracy = keras.metrics.SparseCategoricalAccuracy(name="accuracy")
    for x, y in dataset:
        predictions = model(x, training=False)
        loss_mean.update_state(loss_fn(y, predictions), sample_weight=tf.shape(x)[0])
        accuracy.update_state(y, predictions)
    return {"loss": loss_mean.result(), "accuracy": accuracy.result()}
