# expect: test_evaluate_loop=0
# why: Mean of the batch losses without sample_weight=n (the smaller last batch counts too much) and metrics at module level, never fresh: test 0
# source: the hand-written scenario tests/notebooks/ch04_training_loops/wrong_evaluate_mean_of_batches (before the corpus)
val_loss = keras.metrics.Mean()
val_accuracy = keras.metrics.SparseCategoricalAccuracy()

def evaluate_loop(model, loss_fn, dataset):
    for x, y in dataset:
        predictions = model(x, training=False)
        val_loss.update_state(loss_fn(y, predictions))
        val_accuracy.update_state(y, predictions)
    return {"loss": float(val_loss.result()), "accuracy": float(val_accuracy.result())}
