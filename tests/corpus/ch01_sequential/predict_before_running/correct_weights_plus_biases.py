# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=1
# why: counting kernel and bias sizes separately, casting through int() and tuple()
kernel_1, bias_1 = 12 * 32, 32
kernel_2, bias_2 = 32 * 5, 5
dense_params = int(kernel_1 + bias_1 + kernel_2 + bias_2)
predict_shape = tuple([7, 5])
kernel, recurrent_kernel, bias = 26 * 4 * 16, 16 * 4 * 16, 4 * 16
lstm_params = kernel + recurrent_kernel + bias
