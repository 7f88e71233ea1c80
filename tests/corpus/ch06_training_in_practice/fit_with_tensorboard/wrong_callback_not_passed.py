# expect: test_fit_with_tensorboard=0
# why: the callback is created but never given to fit: no event file
def fit_with_tensorboard(model, x, y, log_dir):
    tensorboard = keras.callbacks.TensorBoard(log_dir=log_dir)
    return model.fit(x, y, epochs=3, batch_size=32, validation_split=0.25, verbose=0)
