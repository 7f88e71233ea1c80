# expect: test_evaluate_loop=0
# why: Mean of the batch losses without sample_weight: the last batch of 36 counts as much as the batch of 64 (the text warns about it)
def evaluate_loop(model, loss_fn, dataset):
    loss_mean = keras.metrics.Mean()
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    for x, y in dataset:
        predictions = model(x, training=False)
        loss_mean.update_state(loss_fn(y, predictions))
        accuracy.update_state(y, predictions)
    return {"loss": float(loss_mean.result()), "accuracy": float(accuracy.result())}
