# expect: test_fit_with_tensorboard=3
# why: the callback in a variable, update_freq='epoch' written out, keyword arguments
def fit_with_tensorboard(model, x, y, log_dir):
    board = keras.callbacks.TensorBoard(log_dir=log_dir, update_freq="epoch")
    history = model.fit(x=x, y=y, batch_size=32, epochs=3, validation_split=0.25, callbacks=[board], verbose=0)
    return history
