# expect: test_fit_loop=4
# why: reuses the train_step of exercise 2 compiled with tf.function (section 4); Mean reset at the start of every epoch
def fit_loop(model, optimizer, loss_fn, dataset, epochs):
    step = tf.function(train_step)
    mean_loss = keras.metrics.Mean(name="epoch_loss")
    history = []
    for _ in range(epochs):
        mean_loss.reset_state()
        for x, y in dataset:
            mean_loss.update_state(step(model, optimizer, loss_fn, x, y))
        history.append(float(mean_loss.result()))
    return history
