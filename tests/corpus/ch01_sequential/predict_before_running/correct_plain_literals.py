# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=1
# why: 12*32+32 + 32*5+5 = 581; predict gives one row of 5 probabilities per example: (7, 5); 4*(16*(26+16)+16) = 2752
dense_params = 581
predict_shape = (7, 5)
lstm_params = 2752
