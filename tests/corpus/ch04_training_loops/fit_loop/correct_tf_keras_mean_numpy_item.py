# expect: test_fit_loop=4
# why: tf.keras.metrics.Mean (Keras 3 underneath), enumerate over the batches, result converted with .numpy().item()
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    mean = tf.keras.metrics.Mean(name="loss", dtype="float32")
    result = []
    for epoch in range(epochs):
        mean.reset_state()
        for batch_index, (inputs, targets) in enumerate(dataset):
            with tf.GradientTape() as tape:
                predictions = model(inputs, training=True)
                loss_value = loss_fn(targets, predictions)
            gradients = tape.gradient(loss_value, model.trainable_weights)
            optimizer.apply_gradients(zip(gradients, model.trainable_weights))
            mean.update_state(loss_value)
        result.append(mean.result().numpy().item())
    return result
