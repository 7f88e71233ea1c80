# expect: test_dense_params=0, test_predict_shape=1, test_lstm_params=1
# why: counts the Input as a layer with 12 parameters: 12 + 416 + 165 = 593 (the Input holds no weights)
dense_params = 12 + (12 * 32 + 32) + (32 * 5 + 5)
predict_shape = (7, 5)
lstm_params = 2752
