# expect: test_evaluate_loop=0
# why: runs the model with training=True: Dropout drops units and BatchNormalization uses batch statistics during evaluation
def evaluate_loop(model, loss_fn, dataset):
    loss_mean = keras.metrics.Mean()
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    for x, y in dataset:
        predictions = model(x, training=True)
        loss_mean.update_state(loss_fn(y, predictions), sample_weight=tf.shape(x)[0])
        accuracy.update_state(y, predictions)
    return {"loss": float(loss_mean.result()), "accuracy": float(accuracy.result())}
