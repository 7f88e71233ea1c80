# expect: test_fit_with_tensorboard=0
# why: no validation data: TensorBoard writes no validation run
def fit_with_tensorboard(model, x, y, log_dir):
    return model.fit(x, y, epochs=3, batch_size=32, verbose=0, callbacks=[keras.callbacks.TensorBoard(log_dir=log_dir)])
