# expect: test_fit_with_tensorboard=0
# why: update_freq='batch' also writes per-batch scalars (batch_loss)
def fit_with_tensorboard(model, x, y, log_dir):
    return model.fit(x, y, epochs=3, batch_size=32, validation_split=0.25, verbose=0,
                     callbacks=[keras.callbacks.TensorBoard(log_dir=log_dir, update_freq="batch")])
