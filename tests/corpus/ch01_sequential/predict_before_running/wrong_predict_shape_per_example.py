# expect: test_dense_params=1, test_predict_shape=0, test_lstm_params=1
# why: gives the shape of one example's output (5,) and forgets the batch of 7
dense_params = 581
predict_shape = (5,)
lstm_params = 2752
