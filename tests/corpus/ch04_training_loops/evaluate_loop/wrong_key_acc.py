# expect: test_evaluate_loop=0
# why: returns the key "acc" (the Keras 2 history name) instead of the required "accuracy"
def evaluate_loop(model, loss_fn, dataset):
    loss_mean = keras.metrics.Mean()
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    for x, y in dataset:
        predictions = model(x, training=False)
        loss_mean.update_state(loss_fn(y, predictions), sample_weight=tf.shape(x)[0])
        accuracy.update_state(y, predictions)
    return {"loss": float(loss_mean.result()), "acc": float(accuracy.result())}
