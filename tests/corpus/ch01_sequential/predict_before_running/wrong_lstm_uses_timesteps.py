# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=0
# why: puts the 9 time steps where the 26 features belong: 4*(16*(9+16)+16) = 1664
dense_params = 581
predict_shape = (7, 5)
lstm_params = 4 * (16 * (9 + 16) + 16)
