# expect: test_dense_params=0, test_predict_shape=1, test_lstm_params=0
# why: the right values computed with numpy are np.int64, not the plain Python integers the text asks for
dense_params = np.sum(np.array([12 * 32 + 32, 32 * 5 + 5]))
predict_shape = (7, 5)
lstm_params = np.prod([4, 16 * (26 + 16) + 16])
