# expect: test_dense_params=0, test_predict_shape=1, test_lstm_params=0
# why: counts only the weight matrices: 12*32 + 32*5 = 544 and 4*16*(26+16) = 2688 (biases forgotten)
dense_params = 12 * 32 + 32 * 5
predict_shape = (7, 5)
lstm_params = 4 * 16 * (26 + 16)
