# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=0
# why: counts each gate like a Dense layer on the input only, forgetting the recurrent kernel: 4*(26*16+16) = 1728
dense_params = 581
predict_shape = (7, 5)
lstm_params = 4 * (26 * 16 + 16)
