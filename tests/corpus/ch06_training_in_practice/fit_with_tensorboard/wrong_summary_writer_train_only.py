# expect: test_fit_with_tensorboard=0
# why: a custom loop's summary writer (ch04) logging only the training loss, under another tag
def fit_with_tensorboard(model, x, y, log_dir):
    history = model.fit(x, y, epochs=3, batch_size=32, validation_split=0.25, verbose=0)
    writer = tf.summary.create_file_writer(log_dir + "/train")
    with writer.as_default():
        for epoch, value in enumerate(history.history["loss"]):
            tf.summary.scalar("loss", value, step=epoch)
    writer.flush()
    return history
