# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=0
# why: uses three gates (the GRU count) instead of the LSTM's four: 3*(16*(26+16)+16) = 2064
dense_params = 581
predict_shape = (7, 5)
lstm_params = 3 * (16 * (26 + 16) + 16)
