# expect: test_evaluate_loop=3
# why: model.predict_on_batch runs the model in inference mode (training=False); float64 weights with np.average
def evaluate_loop(model, loss_fn, dataset):
    batch_losses, batch_sizes = [], []
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    for x, y in dataset:
        predictions = model.predict_on_batch(x)
        batch_losses.append(float(loss_fn(y, predictions)))
        batch_sizes.append(len(predictions))
        accuracy.update_state(y, predictions)
    return {"loss": float(np.average(batch_losses, weights=batch_sizes)), "accuracy": float(accuracy.result())}
