# expect: test_dense_params=1, test_predict_shape=1, test_lstm_params=1
# why: summing n*units + units over the (inputs, units) pairs of the Dense layers; tuple without parentheses
layer_sizes = [(12, 32), (32, 5)]
dense_params = sum(n * u + u for n, u in layer_sizes)
predict_shape = 7, 5
gates = 4
lstm_params = gates * ((26 + 16) * 16 + 16)
