# expect: test_fit_with_tensorboard=0
# why: epochs=2: the curves have steps 0 and 1 only
def fit_with_tensorboard(model, x, y, log_dir):
    return model.fit(x, y, epochs=2, batch_size=32, validation_split=0.25, verbose=0,
                     callbacks=[keras.callbacks.TensorBoard(log_dir=log_dir)])
