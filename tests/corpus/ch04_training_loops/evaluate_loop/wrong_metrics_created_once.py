# expect: test_evaluate_loop=0
# why: metric objects created once outside the function and never reset: a second call averages over both calls (the text asks for fresh metrics per call)
eval_loss = keras.metrics.Mean()
eval_accuracy = keras.metrics.SparseCategoricalAccuracy()


def evaluate_loop(model, loss_fn, dataset):
    for x, y in dataset:
        predictions = model(x, training=False)
        eval_loss.update_state(loss_fn(y, predictions), sample_weight=tf.shape(x)[0])
        eval_accuracy.update_state(y, predictions)
    return {"loss": float(eval_loss.result()), "accuracy": float(eval_accuracy.result())}
