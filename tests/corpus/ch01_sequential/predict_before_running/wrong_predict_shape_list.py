# expect: test_dense_params=1, test_predict_shape=0, test_lstm_params=1
# why: the right numbers, but a list [7, 5] where the text asks for a tuple
dense_params = 581
predict_shape = [7, 5]
lstm_params = 2752
