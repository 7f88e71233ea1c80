# expect: test_fit_with_tensorboard=3
# why: the last 25 % split off by hand and given as validation_data: the same data
def fit_with_tensorboard(model, x, y, log_dir):
    cut = len(x) - int(len(x) * 0.25)
    return model.fit(x[:cut], y[:cut], validation_data=(x[cut:], y[cut:]), epochs=3, batch_size=32,
                     shuffle=True, verbose=0, callbacks=[keras.callbacks.TensorBoard(log_dir=str(log_dir))])
