# expect: test_evaluate_loop=0
# why: weights the loss by batch size but averages per-batch accuracies unweighted, so the small last batch counts too much
def evaluate_loop(model, loss_fn, dataset):
    loss_mean = keras.metrics.Mean()
    batch_accuracies = []
    for x, y in dataset:
        predictions = model(x, training=False)
        loss_mean.update_state(loss_fn(y, predictions), sample_weight=tf.shape(x)[0])
        batch_accuracy = keras.metrics.SparseCategoricalAccuracy()
        batch_accuracy.update_state(y, predictions)
        batch_accuracies.append(float(batch_accuracy.result()))
    return {"loss": float(loss_mean.result()), "accuracy": float(np.mean(batch_accuracies))}
