# expect: test_evaluate_loop=0
# why: sums loss * batch size but divides by the number of batches instead of the number of examples
def evaluate_loop(model, loss_fn, dataset):
    total, batches = 0.0, 0
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    for x, y in dataset:
        predictions = model(x, training=False)
        total += float(loss_fn(y, predictions)) * int(tf.shape(x)[0])
        batches += 1
        accuracy.update_state(y, predictions)
    return {"loss": total / batches, "accuracy": float(accuracy.result())}
