# expect: test_fit_loop=4
# why: calls exercise 2's train_step eagerly with keyword arguments; float() of the metric result after each epoch
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    running = keras.metrics.Mean()
    epoch_means = []
    for _ in range(int(epochs)):
        running.reset_state()
        for x_batch, y_batch in dataset:
            batch_loss = train_step(model=model, optimizer=optimizer, loss_fn=loss_fn, x=x_batch, y=y_batch)
            running.update_state(batch_loss)
        epoch_means.append(float(running.result()))
    return epoch_means
