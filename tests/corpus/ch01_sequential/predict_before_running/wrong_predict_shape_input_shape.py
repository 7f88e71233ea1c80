# expect: test_dense_params=1, test_predict_shape=0, test_lstm_params=1
# why: answers the input's shape (7, 12) instead of the output's (7, 5)
dense_params = 581
predict_shape = (7, 12)
lstm_params = 2752
