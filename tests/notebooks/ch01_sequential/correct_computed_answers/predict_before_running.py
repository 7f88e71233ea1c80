def dense(n_in, units):
    return n_in * units + units

dense_params = dense(12, 32) + dense(32, 5)
predict_shape = (7, 5)
lstm_params = 4 * ((26 + 16) * 16 + 16)
