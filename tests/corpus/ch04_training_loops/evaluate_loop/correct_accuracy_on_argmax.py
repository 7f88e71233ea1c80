# expect: test_evaluate_loop=3
# why: keras.metrics.Accuracy on the argmax of the probabilities is the sparse categorical accuracy; len(y) as the loss weight
def evaluate_loop(model, loss_fn, dataset):
    mean_loss = keras.metrics.Mean()
    accuracy = keras.metrics.Accuracy()
    for inputs, labels in dataset:
        probs = model(inputs, training=False)
        mean_loss.update_state(loss_fn(labels, probs), sample_weight=len(labels))
        accuracy.update_state(labels, tf.argmax(probs, axis=-1))
    return {"loss": float(mean_loss.result()), "accuracy": float(accuracy.result())}
