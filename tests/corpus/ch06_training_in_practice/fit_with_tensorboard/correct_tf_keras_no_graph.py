# expect: test_fit_with_tensorboard=3
# why: tf.keras, write_graph=False, positional log_dir, verbose left on
def fit_with_tensorboard(model, x, y, log_dir):
    return model.fit(x, y, 32, 3, callbacks=[tf.keras.callbacks.TensorBoard(log_dir, write_graph=False)],
                     validation_split=0.25)
