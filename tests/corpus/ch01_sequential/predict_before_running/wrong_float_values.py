# expect: test_dense_params=0, test_predict_shape=1, test_lstm_params=0
# why: the right counts as floats (581.0, 2752.0): the text asks for plain integers
dense_params = (12 * 32 + 32) + (32 * 5 + 5) / 1
predict_shape = (7, 5)
lstm_params = 4.0 * (16 * (26 + 16) + 16)
