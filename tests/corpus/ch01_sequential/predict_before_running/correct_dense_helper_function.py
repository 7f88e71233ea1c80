# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=1
# why: Dense counts from a helper dense(n_in, units) = n_in*units + units, LSTM count as arithmetic: plain ints 581 and 2752, tuple (7, 5)
# source: the hand-written scenario tests/notebooks/ch01_sequential/correct_computed_answers (before the corpus)
def dense(n_in, units):
    return n_in * units + units

dense_params = dense(12, 32) + dense(32, 5)
predict_shape = (7, 5)
lstm_params = 4 * ((26 + 16) * 16 + 16)
