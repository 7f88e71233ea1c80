val_loss = keras.metrics.Mean()
val_accuracy = keras.metrics.SparseCategoricalAccuracy()

def evaluate_loop(model, loss_fn, dataset):
    for x, y in dataset:
        predictions = model(x, training=False)
        val_loss.update_state(loss_fn(y, predictions))
        val_accuracy.update_state(y, predictions)
    return {"loss": float(val_loss.result()), "accuracy": float(val_accuracy.result())}
