# expect: test_evaluate_loop=0
# why: ignores the loss_fn argument and builds SparseCategoricalCrossentropy(from_logits=True) for softmax outputs. Keras's TF backend silently
#   uses the softmax's logits (_keras_logits) for model(x) outputs, so the value matches here; only a call with another loss_fn catches it
def evaluate_loop(model, loss_fn, dataset):
    scce = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    loss_mean = keras.metrics.Mean()
    accuracy = keras.metrics.SparseCategoricalAccuracy()
    for x, y in dataset:
        predictions = model(x, training=False)
        loss_mean.update_state(scce(y, predictions), sample_weight=tf.shape(x)[0])
        accuracy.update_state(y, predictions)
    return {"loss": float(loss_mean.result()), "accuracy": float(accuracy.result())}
