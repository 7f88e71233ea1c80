dense_params = 12 * 32 + 32 * 5        # forgot the biases
predict_shape = (None, 5)              # copied from summary(): the batch is 7 here, not None
lstm_params = 16 * (26 + 16) + 16      # forgot that an LSTM has four gates
