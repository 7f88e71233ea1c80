# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=0
# why: counts two bias vectors per gate (cuDNN / PyTorch convention): 4*(16*(26+16)+2*16) = 2816; Keras has one
dense_params = 581
predict_shape = (7, 5)
lstm_params = 4 * (16 * (26 + 16) + 2 * 16)
