# expect: test_dense_params=0, test_predict_shape=1, test_lstm_params=1
# why: counts only the hidden Dense(32) layer (416), not the whole model's 581
dense_params = 12 * 32 + 32
predict_shape = (7, 5)
lstm_params = 2752
