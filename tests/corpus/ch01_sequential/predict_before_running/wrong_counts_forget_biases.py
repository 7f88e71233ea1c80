# expect: test_dense_params=0, test_predict_shape=0, test_lstm_params=0
# why: counts without biases (544) and with one LSTM gate (688), and predict_shape (None, 5) copied from summary() instead of (7, 5): all three 0
# source: the hand-written scenario tests/notebooks/ch01_sequential/wrong_counts_forget_biases (before the corpus)
dense_params = 12 * 32 + 32 * 5        # forgot the biases
predict_shape = (None, 5)              # copied from summary(): the batch is 7 here, not None
lstm_params = 16 * (26 + 16) + 16      # forgot that an LSTM has four gates
